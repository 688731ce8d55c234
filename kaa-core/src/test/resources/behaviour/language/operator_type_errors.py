# The TypeError messages of operators applied to the wrong types: binary, unary, augmented, subscript, call, in.
import sys

cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: b"x" + "y",
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: 2 ** "x",
    lambda: pow(2, 3, "m"),
    lambda: 1 @ 2,
    lambda: {} | [],
    lambda: 1 < "a",
    lambda: None > None,
    lambda: -"a",
    lambda: ~1.5,
    lambda: +[],
    lambda: 5[0],
    lambda: None["k"],
    lambda: [1, 2]["0"],
    lambda: (1, 2)[1.0],
    lambda: "abc"[None:"x"],
    lambda: int[0] if False else len(5),
    lambda: 3 in 5,
    lambda: "a" in ["a"] in 3,
    lambda: 1 in "abc",
    lambda: sys(),
    lambda: None(),
    lambda: {}.get()(),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: {{}},
    lambda: divmod("a", 1),
    lambda: abs("a"),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 // 0,
    lambda: 0 ** -1,
    lambda: 1 << -1,
    lambda: 2 ** 10000.5 if False else 10.0 ** 400,
]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def augmented():
    x = "s"
    x *= "t"

def setitem():
    s = "str"
    s[0] = "S"

def setattr_on_int():
    (5).real = 1

def attr_on_none():
    return None.missing

for fn in (augmented, setitem, setattr_on_int, attr_on_none):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
