# A class defining __eq__ without __hash__ becomes unhashable; inheriting both keeps them
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class InheritsEq(EqOnly):
    pass


print(Plain() == Plain(), Plain() != Plain())
p = Plain()
print(p == p, hash(p) == hash(p))
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
print(hash(EqAndHash(5)) == hash(5), EqAndHash(3) == EqAndHash(3))
try:
    {InheritsEq(1)}
except TypeError as e:
    print("TypeError:", e)
print(InheritsEq.__hash__)


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1, hash(NeOnly()) is not None)
