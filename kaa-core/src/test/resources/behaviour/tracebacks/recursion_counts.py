# "[Previous line repeated N more times]": the first three identical frames are printed, the rest counted
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


show(lambda: down(2))
show(lambda: down(3))
show(lambda: down(4))
show(lambda: down(10))


def ping(n):
    if n == 0:
        raise ValueError("ping")
    pong(n)


def pong(n):
    ping(n - 1)


show(lambda: ping(5))
