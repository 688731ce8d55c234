# PEP 657 markers under subscripts: ~ under the value, ^ under the brackets and the index
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


items, table, nothing = [1, 2], {"a": {"b": 1}}, None


def index():
    return items[5]


def spaced():
    return items  [ 7 ]


def key():
    return table["a"]["c"]


def on_none():
    return nothing[0]


def slice_step():
    return items[::0]


def call_result():
    return list(items)[9]


def store():
    items[4] = 0


for f in (index, spaced, key, on_none, slice_step, call_result, store):
    show(f)
