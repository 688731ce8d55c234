def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"seq {first} +{len(rest)}"
        case {"k": v, **others}:
            return f"map {v} {len(others)}"
        case str() as s:
            return "str " + s
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "point"
        case None:
            return "none"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
for v in [0, 2, [1, 2], (1, 2, 3), {"k": 1, "j": 2}, "hi", Point(0, 5), Point(3, 3), Point(1, 2), None, 3.5, [1]]:
    print(describe(v))
match 5:
    case int(n):
        print("int", n)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
