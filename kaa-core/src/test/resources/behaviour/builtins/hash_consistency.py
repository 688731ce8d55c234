# hash: equal numbers hash equal across int, float, complex and bool; user __hash__ results are reduced
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(0j) == hash(False))
print(hash(-1), hash(-2), hash(-1.0), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(-10**30))
print(hash(0.5), hash(-0.5), hash(1.5), hash(1e100), hash(float("inf")), hash(float("-inf")), hash(2**-30))
print(hash(1j), hash(2 + 3j), hash(-1j), hash(complex(1.5, -2)))
print(hash(123456789.0) == hash(123456789), hash(2.0**70) == hash(2**70), hash(3 + 0j) == hash(3))
nan = float("nan")
print(hash(nan) == hash(nan), {nan: 1}.get(nan), len({float("nan"), float("nan")}))
print({1: "a", 1.0: "b", True: "c", 1 + 0j: "d"}, len({0, 0.0, -0.0, False, 0j}))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(H(5)), hash(H(-1)), hash(H(2**64)), hash(H(-(2**64))), hash(H(True)), hash(H(2**61 - 1)), hash(H(2**61)))
class IntSub(int):
    pass
print(hash(H(IntSub(7))), type(hash(H(IntSub(7)))).__name__)
for bad in (1.5, "x", None):
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError:", e)
print(hash("") == hash(""), hash(b"") == 0, hash(()) == hash(()), hash(None) == hash(None), hash(...) == hash(...))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(frozenset()) == 0)
