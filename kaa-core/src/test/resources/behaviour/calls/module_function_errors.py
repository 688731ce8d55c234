# A module function's arity and keyword errors name it as CPython's generic call paths do ("math.sqrt()";
# builtins' own bare; a METH_VARARGS function such as functools.reduce by its bare name).
import math, _heapq, functools, operator, itertools, _bisect, time, os, sys, _random
cases = [lambda: math.gcd(a=1), lambda: math.pow(x=1, y=2), lambda: len(obj=1), lambda: _heapq.heappush(a=1),
         lambda: math.sqrt(), lambda: math.floor(1, 2), lambda: time.time(1), lambda: os.getpid(1), lambda: sys.getrefcount(),
         lambda: functools.reduce(f=1), lambda: operator.neg(), lambda: operator.neg(a=1), lambda: math.isqrt(n=4),
         lambda: time.sleep(), lambda: os.fspath(), lambda: sys.intern(), lambda: math.hypot(a=1), lambda: math.dist(1),
         lambda: abs(), lambda: abs(x=1), lambda: sys.exit(1, 2), lambda: time.monotonic(x=1), lambda: os.cpu_count(1)]
for c in cases:
    try: c()
    except TypeError as e: print(e)
