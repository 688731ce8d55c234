# sys.setswitchinterval keeps whole microseconds, as CPython's GIL does; the interval must be positive
import sys
print(sys.getswitchinterval())
for seconds in (0.001, 0.0012345678, 1e-7, 2.5, 1):
    sys.setswitchinterval(seconds)
    print(seconds, sys.getswitchinterval())
for bad in (0, -1.0, float("nan")):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(type(e).__name__, e)
sys.setswitchinterval(0.005)
