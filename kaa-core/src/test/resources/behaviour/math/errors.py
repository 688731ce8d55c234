# math's errors: domain vs range, argument checks, messages as CPython's
import math


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, '->', f(*args, **kwargs))
    except Exception as e:
        print(f.__name__, args, '->', type(e).__name__, e)


show(math.sqrt, "x")
show(math.atan2, 1)
show(math.log, 1, 2, 3)
show(math.log)
show(math.pow, 1)
show(math.ldexp, 1.0, 1.5)
for f in (math.gcd, math.isqrt, math.factorial):
    show(f, 1.5)
show(math.comb, 1.5, 2)
show(math.comb, 5)
show(math.floor, "x")
show(math.trunc, "x")
show(math.ceil, "x")
show(math.fsum, [1, "x"])
show(math.dist, [1], [1, 2])
show(math.dist, 1, 2)
show(math.hypot, "x")
show(math.isclose, 1, 2, 3)
show(math.isclose, 1, 2, rel_tol=-1)
show(math.sumprod, [1], [1, 2])
show(math.sumprod, [1, 'a'], [1, 2])
show(math.nextafter, 1, 2, 3)
show(math.nextafter, 1.0, 2.0, steps=-1)
show(math.prod, [1, 2], 3)
# domain errors
for f, x in [(math.log, 0), (math.log, -1), (math.log2, 0), (math.log1p, -1), (math.sqrt, -1), (math.acosh, 0),
             (math.atanh, 1), (math.sin, math.inf), (math.cos, -math.inf), (math.gamma, 0), (math.gamma, -1),
             (math.lgamma, 0), (math.lgamma, -2), (math.asin, 2), (math.acos, -1.5)]:
    show(f, x)
show(math.log, 0, 2)
show(math.log, 10, 1)
show(math.fmod, 1, 0)
show(math.fmod, math.inf, 1)
show(math.remainder, 1, 0)
show(math.pow, 0, -1)
show(math.pow, -1, 0.5)
show(math.perm, 5, -1)
show(math.comb, -1, 2)
show(math.factorial, -1)
# range errors
for f, x in [(math.exp, 1000), (math.exp2, 1025), (math.expm1, 1000), (math.cosh, 1000), (math.sinh, -1000),
             (math.gamma, 200), (math.gamma, 5e-324), (math.lgamma, 1e308)]:
    show(f, x)
show(math.pow, 10, 400)
show(math.ldexp, 1.0, 10000)
show(math.ldexp, 1.0, 10 ** 100)
show(math.fsum, [1e308, 1e308])
show(math.fsum, [math.inf, -math.inf])
show(math.sqrt, 10 ** 400)
show(math.floor, math.inf)
show(math.floor, math.nan)
show(math.factorial, 2 ** 64)
