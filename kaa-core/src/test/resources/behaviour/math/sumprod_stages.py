# math.sumprod sums exact ints in 64 bits, then float products exactly, then with Python's + and *; a stage once ended
# is not resumed, so where the switches happen shows in the rounding. hypot and dist near the largest float.
import math
import sys
from fractions import Fraction

cases = [
    ((-5, -5, 10), (1.5, 4611686018427387904, 2305843009213693952)),
    ([10, 20, 30], (1, 2, 3)), ([1.5, 2.5], [3.5, 4.5]), ([], []), ([-1], [1.]), ([1.], [-1]),
    ([10.1, math.inf], [20.2, 30.3]), ([10.1, math.inf], [-math.inf, math.inf]), ([10.1, math.nan], [20.2, 30.3]),
    ([True, False, True], [1.5, 2.5, 3.5]), ([2**70, 3], [2, 4.5]), ([1e308, 1e308], [10.0, -10.0]),
    ([0.1] * 10, [0.1] * 10), ([Fraction(1, 3), 2], [3, 0.5]), ([2**63, 1], [2, 1]), ([1, 2**63], [1, 1.5]),
    ([3, 1.25, 7], [2, 2**1030, 1]), ([1, 2], [3]),
]
for p, q in cases:
    try:
        r = math.sumprod(p, q)
        print(repr(r), type(r).__name__)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

fourthmax = sys.float_info.max / 4.0
print([math.hypot(*([fourthmax] * n)) for n in (0, 1, 4, 15, 16, 17)])
print(math.dist((fourthmax,) * 16, (0.0,) * 16), math.dist((fourthmax,) * 5, (-fourthmax,) * 5))
