from __future__ import annotations


def f(a: int, b: list[int] = [], *c: X | None, d: dict[str, 'x'] = None, **e: (lambda: 1)) -> tuple[int, ...]:
    return a


class K:
    x: int
    y: "str" = 'a'
    z: 1 + 2 * 3 ** -4 if cond else [i for i in range(3)]


print(f.__annotations__)
print(K.__annotations__)
