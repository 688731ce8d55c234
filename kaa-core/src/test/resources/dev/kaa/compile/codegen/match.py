# match statements: every pattern kind, guards, defaults, captures at module level and in functions.
import collections

Point = collections.namedtuple("Point", "x y")


def literal(x):
    match x:
        case 0 | 1:
            return "small"
        case -1 | 2+3j | "s" | b"b":
            return "odd"
        case None:
            return "none"
        case True:
            return "true"
        case math.pi:
            return "pi"
        case _:
            return "other"


def sequences(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, *_, b] if a > b:
            return a - b
        case [*_]:
            return "any"
        case (1, [2, *rest]):
            return rest
        case [_, _, *_]:
            return 2
    return None


def mappings(m):
    match m:
        case {}:
            pass
        case {"a": 1, "b": b, **rest}:
            return b, rest
        case {0: [x, y], 1.5: {"k": z}}:
            return x + y + z
        case {**rest}:
            return rest


def classes(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy) as q:
            return yy, q
        case Point(xx, y=0):
            return xx
        case int() | float() as number if number > 0:
            return number
        case str(s):
            return s


def alternatives(v):
    match v:
        case (a, b) | (b, a) | [a, b, _]:
            return a, b
        case {"x": a} | Point(a, _):
            return a


def last_capture(v):
    match v:
        case [x, y]:
            pass
        case other:
            return other
    return x, y


match Point(1, 2):
    case Point(x, y) if x < y:
        module_level = x
    case _:
        module_level = None
