"""math and cmath as numeric code uses them: exact integer functions, floating helpers, errors."""
import math
import cmath

print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.isqrt(10**20 + 1), math.factorial(25), math.comb(52, 5), math.perm(10, 3))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.prod(range(1, 8)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), round(2.5), math.copysign(3, -0.0), math.fabs(-4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.isclose(0.1 + 0.2, 0.3), math.modf(3.75), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27), math.exp2(10), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.log(10**400), math.isfinite(1e308 * 10), math.remainder(10, 4), math.fmod(-10, 3), math.erf(1), math.gamma(5.5))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.exp, 1000), (math.factorial, -1), (math.acos, 2)]:
    try:
        f(arg)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
z = complex(3, 4)
print(abs(z), cmath.phase(z), cmath.polar(z), cmath.rect(2, cmath.pi / 2), cmath.sqrt(-1), cmath.exp(1j * cmath.pi))
print(cmath.log(-1), cmath.isclose(cmath.exp(cmath.log(z)), z), cmath.sin(1 + 1j))
