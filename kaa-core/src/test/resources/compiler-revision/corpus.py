# A fixed sample of the language for CompilerRevisionTest: its compiled form (instructions, constants, line and
# column positions, exception tables) is hashed into Marshal.COMPILER_REVISION, so that a change in what the compiler
# emits makes every cached .pyc stale. Never edit this file except to cover more of the language (and then set the
# new revision, as the test says).
"""Module docstring."""
from __future__ import annotations

import os, sys as system
from collections import namedtuple as nt, deque
from . import sibling
from ..parent import *

CONSTANT: int = 42
x, *rest = range(10)
a = b = c = [1, 2.5, 3j, "s", b"b", None, True, ..., (1, 2), frozenset()]
d = {k: v for k, v in zip("abc", range(3)) if v}
s = {i * i for i in range(5)}
g = (i for i in range(3) for j in range(i))
l = [y for y in range(5) if y % 2 if y > 1]
f = f"{x!r:>{CONSTANT}} {a[0]=} {'nested'}"
chained = 1 < x <= 5 != c is not None
slc = a[1:2], a[::2], a[x:], a[:-1:3]
del slc
walrus = [z for w in range(3) if (z := w * 2)]
lam = lambda p, /, q=1, *args, r, s=2, **kw: (p, q, args, r, s, kw)
neg, inv, not_ = -x, ~x, not x
aug = 1
aug += 2; aug -= 1; aug *= 3; aug //= 2; aug **= 2; aug %= 7; aug <<= 1; aug >>= 1; aug &= 3; aug |= 4; aug ^= 1
cond = a if x else b
both = x and c or d


def decorator(fn):
    return fn


@decorator
def function(p, q: int = 3, *args: str, k: "Kw" = None, **kwargs) -> list:
    """A docstring."""
    global CONSTANT
    total = 0
    for i in range(p):
        if i == 3:
            continue
        elif i > q:
            break
        total += i
    else:
        total = -1
    while total < 100:
        total *= 2
        if total == 0:
            break
    assert total, "message"
    return [total, *args, *kwargs]


def closures(n):
    count = 0

    def inner():
        nonlocal count
        count += n
        return count

    class Local:
        attr = n

        def method(self):
            return __class__, super().__init__()

    return inner, Local


def exceptions(path):
    try:
        with open(path) as fh, open(path) as other:
            data = fh.read()
    except (OSError, ValueError) as e:
        raise RuntimeError("failed") from e
    else:
        return data
    finally:
        print("done")
    try:
        pass
    except Exception:
        raise
    try:
        path.check()
    except* TypeError:
        pass


def generators(items):
    yield 1
    received = yield from items
    return received


async def coroutines(source):
    async with source as s:
        async for item in s:
            await item
    return [i async for i in source]


def matching(value):
    match value:
        case 0 | 1 as small:
            return small
        case [first, *others] if first:
            return others
        case {"key": v, **extra}:
            return v, extra
        case Point(x=0, y=py):
            return py
        case str() | bytes():
            return "text"
        case _:
            return None


class Base:
    pass


class Point(Base, metaclass=type):
    __slots__ = ("x", "y")
    __match_args__ = ("x", "y")
    shared: int

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def helper(*a, **k):
        return system.exit(*a, **k)


def generic[T: int, *Ts, **P](arg: T) -> T:
    type Alias[U] = list[U]
    return arg


if __name__ == "__main__":
    function(3, k=4)
    print(*a, sep=", ", end="")
