# Exceptions whose str() fails or is not a str, and notes that cannot be shown
import sys


def show(e):
    sys.__excepthook__(type(e), e, None)


class StrFails(Exception):
    def __str__(self):
        raise RuntimeError("no")


class StrNotStr(Exception):
    def __str__(self):
        return 42


class MultiLine(Exception):
    def __str__(self):
        return "first line\nsecond line"


class NoteFails:
    def __str__(self):
        raise ValueError


show(StrFails())
show(StrNotStr())
show(MultiLine())
e = ValueError("notes")
e.__notes__ = ["fine", NoteFails(), 7]
show(e)
e = ValueError("notes not a sequence")
e.__notes__ = 42
show(e)
show(ValueError(""))
show(KeyError(""))
show(ValueError(None))
