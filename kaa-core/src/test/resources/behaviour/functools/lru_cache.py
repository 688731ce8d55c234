# _functools._lru_cache_wrapper: hits, misses, bounds, typed keys, keyword keys, recursion, binding
from _functools import _lru_cache_wrapper

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def info(*args):
    return args

calls = []
def square(x):
    calls.append(x)
    return x * x
c = _lru_cache_wrapper(square, 2, False, info)
print([c(1), c(2), c(1), c(3), c(2), c(1)], calls, c.cache_info())
c.cache_clear()
print(c.cache_info(), c(1), c.cache_info())

u = _lru_cache_wrapper(square, None, False, info)
calls.clear()
print([u(i % 3) for i in range(9)], calls, u.cache_info())
print(u(1.0), u(True), calls, u.cache_info())
z = _lru_cache_wrapper(square, 0, False, info)
print(z(2), z(2), z.cache_info())
neg = _lru_cache_wrapper(square, -5, False, info)
print(neg(2), neg.cache_info())

def pair(a, b=0, *, k=1):
    calls.append((a, b, k))
    return (a, b, k)
calls.clear()
kw = _lru_cache_wrapper(pair, 10, False, info)
print(kw(1), kw(1, 0), kw(1, b=0), kw(a=1), kw(1, k=1), kw(1), calls, kw.cache_info())
calls.clear()
t = _lru_cache_wrapper(square, 10, True, info)
print(t(2), t(2.0), t(2), calls, t.cache_info())

@lambda f: _lru_cache_wrapper(f, None, False, info)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

class C:
    @lambda f: _lru_cache_wrapper(f, 128, False, info)
    def meth(self, x):
        return (type(self).__name__, x)
print(C().meth(1), C.meth(C(), 2), type(C.__dict__['meth']).__name__)
c.__wrapped__ = square
c.__doc__ = 'doc'
print(c.__wrapped__ is square, c.__doc__, c.__copy__() is c, c.__deepcopy__({}) is c)
for g in [lambda: _lru_cache_wrapper(1, 1, False, info), lambda: _lru_cache_wrapper(square, 'a', False, info),
          lambda: u([])]:
    show(g)
def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 4, False, info)
show(lambda: b(1))
print(b.cache_info())
