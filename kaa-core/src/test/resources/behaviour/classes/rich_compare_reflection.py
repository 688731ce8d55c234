# rich comparisons: reflection order, subclass priority, NotImplemented fallbacks, identity for == and !=
class Loud:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other!r})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other!r})")
        return NotImplemented
    def __le__(self, other):
        print(f"  {self.name}.__le__({other!r})")
        return NotImplemented
    def __ge__(self, other):
        print(f"  {self.name}.__ge__({other!r})")
        return NotImplemented
class LoudSub(Loud):
    pass
a, b, s = Loud("a"), Loud("b"), LoudSub("s")
print("a == b:", a == b)
print("a != b:", a != b)
print("a == a:", a == a)
print("a == s:", a == s)
for op, f in (("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y), (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)):
    try:
        f(a, s)
    except TypeError as e:
        print(op, "TypeError:", e)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Num) else other)
print(Num(1) < Num(2), Num(3) > Num(2), Num(1) < 5, 5 > Num(1), Num(2) == 2, 2 == Num(2), Num(2) != 3)
try:
    0 < Num(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Num(3), Num(1), Num(2)], key=lambda n: n.v)[0].v, min(Num(3), Num(1)).v, max([Num(3), Num(7)]).v)
class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __ne__(self, other):
        return 0
w = Weird()
print(w == 1, w != 1, 1 == w, [w] == [1], w in [1], (w,) == (1,), [1].count(w), [1].index(w))
class ListSub(list):
    def __eq__(self, other):
        return "ListSub.__eq__"
print([1] == ListSub([1]), ListSub() == [], [] != ListSub())
class Chain(int):
    def __lt__(self, other):
        print("  Chain.__lt__")
        return True
print(1 < Chain(0), Chain(5) < 1, 3 > Chain(9))
