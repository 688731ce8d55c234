"""An inventory modelled with dataclasses: defaults, field(), ordering, frozen, asdict, replace, post-init."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.quantity

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Point:
    x: float
    y: float

@dataclass
class Order:
    items: list = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    note: str = field(default="", repr=False, compare=False)

    def __post_init__(self):
        self.total = sum(i.total() for i in self.items)

w = Item("widget", 2.5, 4, ["small"])
g = Item("gadget", 10.0)
print(w, g)
print(w.total(), w == Item("widget", 2.5, 4, ["small"]), w != g)
print(asdict(w), astuple(g))
print(replace(g, quantity=3))
print([f.name for f in fields(Item)])
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]))
print(Version(1, 2) < Version(1, 10))
p = Point(1.0, 2.0)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(p) == hash(Point(1.0, 2.0)), {p: "origin-ish"}[Point(1.0, 2.0)])
o = Order([w, replace(g, quantity=2)], note="rush")
print(o, o.total)
try:
    Item()
except TypeError as e:
    print(e)
