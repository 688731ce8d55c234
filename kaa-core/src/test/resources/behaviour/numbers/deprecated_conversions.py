# CPython 3.12 still accepts these conversions but warns (DeprecationWarning) that they will go: a conversion method
# returning an instance of a strict subclass, int() falling back to __trunc__, ~ on a bool.
import math
import operator
import warnings


class F(float): pass
class I(int): pass
class C(complex): pass


class A:
    def __float__(self): return F(1.5)
    def __int__(self): return I(2)
    def __index__(self): return I(3)
    def __complex__(self): return C(1j)


class T:
    def __trunc__(self): return 7


x = True
for label, f in [("float", lambda: float(A())), ("int", lambda: int(A())), ("complex", lambda: complex(A())),
                 ("invert", lambda: ~x), ("trunc", lambda: int(T())), ("index", lambda: operator.index(A())),
                 ("float subclass", lambda: F(A())), ("math.sqrt", lambda: math.sqrt(A())),
                 ("exact", lambda: float(2.5))]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    print(label, repr(r), type(r).__name__, [(c.category.__name__, str(c.message)) for c in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        ~x
    except DeprecationWarning as e:
        print("error:", str(e)[:40])
# index() is an exact int, whatever int subclass gave it
print(repr(range(True).stop), type(range(I(4), 9).start).__name__, slice(True).indices(5))
