"""dataclasses: slots, kw_only, inheritance, InitVar, ClassVar, make_dataclass, match statements."""
from dataclasses import dataclass, field, InitVar, KW_ONLY, make_dataclass, is_dataclass
from typing import ClassVar

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080

@dataclass
class Base:
    id: int
    _: KW_ONLY
    created: str = "today"

@dataclass
class User(Base):
    name: str = "anon"
    count: ClassVar[int] = 0

@dataclass
class Secret:
    value: str
    salt: InitVar[str]
    digest: str = field(init=False)

    def __post_init__(self, salt):
        self.digest = (salt + self.value)[::-1]

px = Pixel(1, 2)
print(px, hasattr(px, "__dict__"), Pixel.__slots__)
print(Config(port=9000))
try:
    Config("h")
except TypeError as e:
    print(e)
print(User(7, name="bo"), User(8, created="yesterday"), User.count)
print(Secret("abc", "xy"))
Pt3 = make_dataclass("Pt3", [("x", int), ("y", int), ("z", int, field(default=0))])
print(Pt3(1, 2), is_dataclass(Pt3), is_dataclass(Pt3(1, 2)), is_dataclass(int))

def where(p):
    match p:
        case Pixel(0, 0):
            return "origin"
        case Pixel(x=0, y=y):
            return f"on the y axis at {y}"
        case Pixel(color="red"):
            return "red somewhere"
        case Pixel():
            return "elsewhere"

print([where(p) for p in [Pixel(0, 0), Pixel(0, 5), Pixel(3, 3, "red"), Pixel(1, 1)]])
print(Pixel.__match_args__)
