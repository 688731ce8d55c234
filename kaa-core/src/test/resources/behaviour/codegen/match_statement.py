import collections

Point = collections.namedtuple("Point", "x y")


def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case -1 | "s" | b"b":
            return "odd literal"
        case None:
            return "none"
        case True:
            return "true"
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case (1, [2, *rest]):
            return f"nested rest {rest}"
        case [a, *_, b] if a > b:
            return f"falling {a}..{b}"
        case [a, *rest]:
            return f"head {a} rest {rest}"
        case {"k": k, **others}:
            return f"k={k} others={others}"
        case {}:
            return "mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy) as p:
            return f"on y axis {yy} {p}"
        case Point(xx, y=0):
            return f"on x axis {xx}"
        case int() | float() as number if number > 100:
            return f"big {number}"
        case str(s):
            return f"string {s!r}"
        case _:
            return "other"


for value in [0, 1, -1, "s", b"b", None, True, [], [5], [9, 0, 1], (1, [2, 3, 4]), [1, 2, 3], {"k": 1, "z": 2},
              {"z": 1}, Point(0, 0), Point(0, 7), Point(3, 0), 500, 2.5e3, "text", 42, 3.5, object]:
    print(repr(value)[:20], "->", describe(value))


def alternatives(v):
    match v:
        case (a, b) | (b, a, _):
            return a, b
    return None


print(alternatives((1, 2)), alternatives((1, 2, 3)), alternatives(5))
