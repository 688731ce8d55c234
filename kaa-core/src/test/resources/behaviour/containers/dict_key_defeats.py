# Dict keys: exact strs and ints are hashed and compared directly; equal keys of other types, subclasses with
# their own __hash__/__eq__, and the hash edge cases must behave as the data model says.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))

print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61 - 1)), hash(2**63))
e = {-1: "minus one", -2: "minus two", 2**61 - 1: "wraps", 0: "zero"}
print(e[-1], e[-2], e[2**61 - 1], e[0], len(e))

class Folded(str):
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

f = {Folded("Key"): 1}
print(f.get("key"), f.get("KEY"), Folded("KEY") in f, "Key" in f)
f["key"] = 2
print(f)

class Seven(int):
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return other == 7 or int(self) == other

g = {7: "seven"}
print(g.get(Seven(3)), g.get(Seven(7)), Seven(3) in {3: 0})

big = {2**70: "big", -(2**70): "neg"}
print(big[2**70], big[-(2**70)], (2**70 + 0) in big)
