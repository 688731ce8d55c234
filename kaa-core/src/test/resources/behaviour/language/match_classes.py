# match: class patterns with __match_args__, keyword patterns, builtins matching their own value, errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y=yy) if x == yy:
            return "diagonal"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s}"
        case [Point(x=a), Point(x=b)]:
            return f"two points, x {a} and {b}"
        case _:
            return "not a point"

for v in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5,
          "s", [Point(1, 1), Point(2, 2)], None]:
    print(where(v))

class NoArgs:
    pass

match NoArgs():
    case NoArgs():
        print("empty class pattern matches")

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)

class Bad:
    __match_args__ = ["x"]

try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(e)

class TooFew:
    __match_args__ = ("a",)
    a = 1

try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(e)

class Dup:
    __match_args__ = ("a",)
    a = 1

try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(e)

not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(e)

match Point(1, 2):
    case Point(x=1, z=3):
        print("no")
    case Point(x=1):
        print("missing attribute just fails the pattern")

match 5:
    case int(5) as five:
        print("int self-match", five)
match True:
    case bool(b):
        print("bool", b)
try:
    match 5:
        case int(5, 6):
            pass
except TypeError as e:
    print(e)
