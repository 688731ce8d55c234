# Raising and catching in loops: dict misses as KeyError, a Python exception class with arguments, finally blocks;
# subclasses that change construction still get their own __new__/__init__.
class Miss(Exception):
    pass

d = {i: i for i in range(0, 10, 2)}
s = 0
for i in range(10):
    try:
        s += d[i]
    except KeyError as e:
        s -= 1
        assert e.args[0] is i or e.args[0] == i
        print(type(e).__name__, repr(e), e.args)
    try:
        if i % 3 == 0:
            raise Miss(i, "x")
    except Miss as e:
        s += e.args[0]
        print(repr(e), str(e))
    finally:
        s += 100
print(s)

k = (1, 2)
try:
    {}[k]
except KeyError as e:
    print(e.args[0] is k, e)

class Defaulting(dict):
    def __missing__(self, key):
        return key * 2

print(Defaulting()[21])

class Tagged(KeyError):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "tagged"

try:
    raise Tagged("k")
except KeyError as e:
    print(type(e).__name__, e.tag, e)

class Eq(int):
    def __eq__(self, other):
        print("eq called")
        return int(self) == other
    __hash__ = int.__hash__

m = {1: "one", 2: "two"}
print(m[Eq(1)], m.get(1.0), m.get(True), m.get(Eq(3)))
try:
    m[Eq(5)]
except KeyError as e:
    print("KeyError", e)
