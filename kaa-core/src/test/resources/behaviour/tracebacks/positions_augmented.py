# Augmented assignment: the target's load and store point at the target, the operation at the statement
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


class Box:
    pass


def missing_key():
    d = {}
    d["k"] += 1


def bad_operand():
    d = {"k": None}
    d["k"] += 1


def missing_attribute():
    b = Box()
    b.count += 1


def slice_target():
    items = [1, 2]
    items[0:1] += None


def name_target():
    n = "a"
    n -= 1


for f in (missing_key, bad_operand, missing_attribute, slice_target, name_target):
    show(f)
