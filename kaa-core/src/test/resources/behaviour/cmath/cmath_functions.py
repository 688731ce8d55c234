# cmath: every function on ordinary values (checked to 12 significant digits, the last bits being the libm's), the
# branch cuts' signed zeros, special values, and the errors for results out of range or outside the domain.
import cmath
import math

values = [1 + 1j, -2 + 0.5j, 0.3 - 0.7j, 2.0, -2.0, 0.5j, -3 - 4j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    print(name, ' '.join('(%.12g%+.12gj)' % (w.real, w.imag) for w in map(f, values)))
for z in [complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0)]:
    print(z, cmath.sqrt(z), cmath.acos(z), cmath.asin(z), cmath.log(z))
print(cmath.sqrt(-1), cmath.exp(0j), cmath.log(1), cmath.polar(3 + 4j), cmath.rect(2, 0.0), cmath.rect(-1, 0.0))
print(cmath.phase(-1 - 0j), cmath.phase(-1 + 0j), cmath.isclose(1, 1 + 1e-10), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.infj, cmath.tau)
print(cmath.sqrt(complex(math.inf, math.nan)), cmath.exp(complex(-math.inf, 1)), cmath.exp(complex(math.nan, 0)))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.exp(1j * cmath.pi), cmath.sin(1 + 1j))
for f, arg in [(cmath.log, 0), (cmath.exp, 1000), (cmath.atanh, 1), (cmath.exp, complex(0, math.inf)),
               (cmath.cosh, 1000), (cmath.sqrt, 'a'), (lambda z: cmath.log(2, 1), 0)]:
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
