# Exception groups: at most 15 members shown ("and N more exceptions"), at most 10 levels deep
import sys


def show(e):
    sys.__excepthook__(type(e), e, None)


show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("sixteen", [KeyError(i) for i in range(16)]))


def nest(depth):
    if depth == 0:
        return ExceptionGroup("leaf", [TypeError("bottom")])
    return ExceptionGroup(f"level {depth}", [nest(depth - 1), ValueError(depth)])


show(nest(11))
