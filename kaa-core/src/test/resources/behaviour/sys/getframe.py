import sys


def inner():
    f = sys._getframe()
    return f.f_code.co_name, sys._getframe(1).f_code.co_name


def outer():
    return inner()


print(outer())
