# pow with a modulus (including negative exponents: modular inverse), divmod and abs on every numeric type
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0.5), pow(0, 0), pow(0.0, 0), pow(-8, 1/3))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10**9 + 7), pow(5, 0, 1), pow(5, 0, -1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(-2, -1, 7), pow(3, -2, -7))
for call in (lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5),
             lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow(2, 3, 5.0), lambda: pow(-2.0, 0.5) == 0):
    try:
        print(call())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(True, 2, 2), pow(1j, 2), pow(2, 1j).real.__round__(6))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10**30, 7))
print(divmod(1, 0.3), divmod(-0.0, 1), divmod(True, 2), divmod(0, -5))
for call in (lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(1j, 1), lambda: divmod("a", 1)):
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30), abs(float("-inf")), abs(-2.0j))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
class A:
    def __abs__(self):
        return "abs!"
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(abs(A()), divmod(A(), 1), divmod(1, A()), pow(A(), 2), pow(A(), 2, 3), pow(2, A()), 2 ** A())
