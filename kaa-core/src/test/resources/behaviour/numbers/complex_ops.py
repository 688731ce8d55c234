# complex: construction from strings and numbers, arithmetic corner cases, attributes, comparisons, hashing, errors
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e2J"), complex("inf+nanj"))
print(complex(1 + 2j, 3j), complex(2j, 1 + 1j), complex(real=1, imag=2), complex(True), complex("1e500"), complex(-0.0, -0.0))
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * 1j, z / 2, z ** 2, z ** 0.5, 2 ** z == 2 ** z, z == 3 - 4j)
print((1 + 2j) / (3 - 4j), (1e300 + 1e300j) * (1e300 + 1e300j), 1j ** 2, (0j) ** 0, (1j) ** -1, 0j ** 1j if False else "")
print(z == 3.0 - 4j, (3 + 0j) == 3, (3 + 0j) == 3.0, (3 + 1j) != 3, 1j * 1j == -1, hash(3 + 0j) == hash(3))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e-10j), repr(complex(1, float("nan"))), repr(-1j), repr(1.5 + 0j))
print(str(complex(1e16, 1e-16)), repr(complex(float("inf"), -float("inf"))), (1 + 2j).__reduce__ if False else "")
for call in (lambda: 1j < 2j, lambda: complex("1+"), lambda: complex("1 + 2j"), lambda: complex("", ), lambda: complex("1", 2),
             lambda: complex(1, "2"), lambda: complex([1]), lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j),
             lambda: 1 / 0j, lambda: 0j ** -1, lambda: round(1j), lambda: complex("1+2j)"), lambda: (1j).real.imag.x):
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class C:
    def __complex__(self):
        return 2 + 3j
class Fl:
    def __float__(self):
        return 1.5
class Ix:
    def __index__(self):
        return 7
print(complex(C()), complex(Fl()), complex(Ix()), complex(Fl(), Fl()), complex(C(), 1))
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
class CS(complex):
    pass
print(type(CS(1, 2)).__name__, CS(1, 2), type(CS(1) + 1).__name__, CS(1, 2).conjugate(), type(CS(1, 2).conjugate()).__name__)
