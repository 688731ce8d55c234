# Comparisons of exact ints and strs are answered directly; subclasses with their own comparison methods, other
# types and the code-point order of astral characters keep the data model's behaviour.
print("a" < "b", "b" <= "a", "abc" == "abc", "abc" != "abd", "" < "a", "ab" > "a")
print("\U0001F600" > "\uffff", "\uffff" < "\U00010000", sorted(["\ue000", "\U00010000", "\ud7ff"]) == ["\ud7ff", "\ue000", "\U00010000"])
print(2**62 < 2**63, -5 >= -5, 3 == 3.0, 1 == True, 10**30 > 10**29)
print((1, "b") < (1, "c"), (1, 2) == (1, 2.0), [1, "x"] < [1, "y"], (2**70, 1) > (2**70, 0))

class Backwards(str):
    def __lt__(self, other):
        return str.__gt__(self, other)
    def __eq__(self, other):
        print("eq", str(self), str(other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__

print(Backwards("a") < "b", "b" < Backwards("a"), Backwards("x") == "x")
print(("k", Backwards("a")) < ("k", "b"))

class Wrap:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Wrap eq")
        return other == self.v

print(3 in [1, Wrap(3)], "s" in ["t", Wrap("s")])

try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
