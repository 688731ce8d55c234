# math's results that are exact, or correctly rounded, and so the same on every platform
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(-0.0), math.fabs(-3), math.copysign(1, -0.0), math.copysign(3, math.nan))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 30))
print(math.floor(1e300) == 10 ** 300, type(math.floor(True)), math.ceil(7))


class Rounds:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'


r = Rounds()
print(math.floor(r), math.ceil(r), math.trunc(r))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, -30), math.gcd(2 ** 100, 6 ** 50), math.lcm(), math.lcm(4, 6, 10),
      math.lcm(0, 5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(5, None))
print(math.frexp(0.0), math.frexp(1.0), math.frexp(-10.5), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.5, 2), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-0.0, 5))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum(iter([1, 2.5, 3])))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]))
print(math.prod([]), math.prod(range(1, 10)), math.prod([2.0, 3]), math.prod([1, 'x']), math.prod([2], start=3))
print(math.sumprod([1, 2], [3, 4]), math.sumprod([1.0, 2], [3, 4]), math.sumprod([], []), math.sumprod([0.1] * 10,
      [1] * 10), math.sumprod([True], [True]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(math.inf, math.nan),
      math.hypot(1, math.nan), math.hypot(1e308, 1e308))
print(math.dist([1, 2], [4, 6]), math.dist((0, 0, 0), (2, 3, 6)), math.dist((1e308,), (-1e308,)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.isfinite(1), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.nextafter(1.0, 2.0, steps=0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, 1.0, steps=10 ** 30))
print(math.nextafter(-5e-324, 1.0, steps=2), math.nextafter(1.0, math.nan))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log10(2 ** 10000), math.log(2 ** 10000))
print(math.log2(1024), math.log2(2.0 ** -1074), math.log2(2 ** 5000), math.log(math.inf), math.log1p(0.0))
print(math.exp(0), math.exp(-math.inf), math.exp2(10), math.exp2(-1), math.expm1(0.0), math.pow(2, 10))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(math.inf, -1),
      math.pow(-math.inf, 3), math.pow(0.0, math.inf), math.pow(2, -math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(3, math.inf), math.remainder(7, 2), math.remainder(5, 2),
      math.remainder(3, math.inf))
print(math.degrees(math.pi), math.radians(180), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.gamma(1), math.gamma(5), math.gamma(-1.5) < 0, math.lgamma(1), math.lgamma(2),
      math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.inf))
print(math.erf(0.0), math.erf(-0.0), math.erf(math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(10))
print(math.asinh(0.0), math.acosh(1.0), math.atanh(-0.0), math.asinh(-math.inf), math.cbrt(-8))
print(math.isnan(math.sin(math.nan)), math.tanh(math.inf), math.cosh(0), math.sinh(-0.0))
print(sorted(name for name in dir(math) if not name.startswith('_')))
