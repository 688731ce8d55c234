import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info())
