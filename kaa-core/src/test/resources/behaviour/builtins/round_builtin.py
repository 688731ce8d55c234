# round: half-even for ints and floats, negative ndigits, __round__, errors
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49999), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5e-3, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, -1))
print(round(7, 0), round(7, 2), round(7, -5), round(10**20 + 5 * 10**9, -10), round(12345, -100), type(round(5, 1)).__name__)
print(round(1e300, -300), round(1.5e300, -300), round(123.456, 400), round(123.456, -400), round(-0.0), round(-0.4, 0))
print(round(float("inf"), 2), round(float("nan"), 1), round(True), round(False, 3), type(round(True)).__name__)
print(round(2.5, None), round(3, None))
for call in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1"), lambda: round(1.5, 1.0),
             lambda: round(1, "x"), lambda: round()):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError:", e)
