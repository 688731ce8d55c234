"""fractions: exact rational arithmetic, harmonic numbers, continued fractions, limit_denominator."""
from fractions import Fraction
from math import pi, sqrt

h = sum(Fraction(1, k) for k in range(1, 11))
print(h, float(h), h.numerator, h.denominator)
print(Fraction(3, 4) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction(5, 10), Fraction(-6, 4), 1 - Fraction(1, 3))
print(Fraction("3.1415"), Fraction("-7/21"), Fraction(0.5), Fraction(1.1), Fraction(2.25).as_integer_ratio())
print(Fraction(pi).limit_denominator(1000), Fraction(sqrt(2)).limit_denominator(100))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(7, 2) // 1, Fraction(7, 2) % 1)
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))

def continued_fraction(x, n):
    terms = []
    for _ in range(n):
        a = x.numerator // x.denominator
        terms.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return terms

print(continued_fraction(Fraction(415, 93), 10))
print(f"{Fraction(1, 3):.5f}" if hasattr(Fraction, "__format__") else "", str(Fraction(10, 1)), repr(Fraction(1, 7)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
