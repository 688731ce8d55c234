# from __future__ import annotations: annotations stored as their source text, as CPython unparses them.
from __future__ import annotations
import typing
def f(a: int, b: list[int] = [], *c: typing.Any, d: dict[str, 'x'] | None = None, **e: (lambda: 1)) -> tuple[int, ...]:
    x: int = 1
    return 1
def g(x: a if b else c, y: -1, z: not a, w: a and b or c, v: 1 + 2 * 3 ** -4, u: (a + b) * c, t: a[1:2, ::3], s: f(x, *y, k=1, **z),
      r: {1: 2, **d}, q: {1, 2}, p: [i for i in x if i], o: (x for x in y), n: f(x for x in y), m: 1 .real, l: 1.5e300 * 1e300,
      k: "str'\"", j: b'by', i: f'{x!r:>{w}} {{}} {a=}', h: a < b <= c is not d, gg: lambda x, /, y=1, *a, z, **k: x, ff: a ** b ** c,
      ee: (a ** b) ** c, dd: -x ** 2, cc: (-x) ** 2, bb: a[()], aa: a[(1,)], zz: a[*b], yy: ~a, xx: await_, ww: {*()}, vv: a[:], uu: 3j, tt: 1e400j, ss: u'u'):
    pass
class C:
    x: int
    y: "str" = 'a'
    self.z: int = 1
    w[0]: float
