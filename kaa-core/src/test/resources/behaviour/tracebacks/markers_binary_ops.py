# PEP 657 markers under binary operations: ~ under the operands, ^ under the operator
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


a, s, n = 1, "text", None


def spaced():
    return a   +   s


def parenthesized():
    return (a) + (s)


def two_characters():
    return a // 0


def power():
    return n ** 2


def chained():
    return a * 2 - s


def nested_parentheses():
    return ((a + 1)) / 0


def in_call():
    return len(str(a - s))


def as_statement():
    a @ n


for f in (spaced, parenthesized, two_characters, power, chained, nested_parentheses, in_call, as_statement):
    show(f)
