# abs() of exact ints and floats answers directly; bools, subclasses and other types keep __abs__.
print(abs(0), abs(5), abs(-5), abs(-2**63), abs(2**63), abs(-2**63 + 1), abs(-10**30), abs(10**30))
print(type(abs(-2**63)).__name__, abs(-2**63) == 2**63)
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(-0.0), abs(-1.5), abs(float("-inf")), abs(float("nan")) != abs(float("nan")), repr(abs(-0.0)))

class MyInt(int):
    def __abs__(self):
        return "MyInt.__abs__"

class PlainInt(int):
    pass

class MyFloat(float):
    def __abs__(self):
        return "MyFloat.__abs__"

print(abs(MyInt(-3)), abs(PlainInt(-3)), type(abs(PlainInt(-3))).__name__, abs(MyFloat(-1.0)))
print(abs(-3 + 4j))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
x = -7
print(sum(abs(x + i) for i in range(10)))
