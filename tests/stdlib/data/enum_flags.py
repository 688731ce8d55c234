"""enum: Enum, IntEnum, StrEnum, Flag, auto, unique, iteration, lookups, members with methods."""
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

@unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Mode(StrEnum):
    READ = auto()
    WRITE = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], list(Color))
print(Color.RED.describe(), Color.RED is Color(1), Color.RED == 1)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Mode.READ, Mode.WRITE.upper(), Mode("write"), isinstance(Mode.READ, str))
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.RW, list(Perm.RW), bool(Perm(0)))
class Bits(IntFlag):
    A = 1
    B = 4

print(Bits(5), Bits.A | 2, format(Planet.EARTH.gravity, ".2f"))
print(Color.__members__.keys(), len(Color))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
