def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, len(kwargs))
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
def twice(fn):
    def w(*a):
        return fn(*fn(*a))
    return w
@trace
def add(a, b=10, *, scale=1):
    return (a + b) * scale
print(add(1), add(1, 2), add(1, 2, scale=3), add.__name__)
@twice
def swap(a, b):
    return b, a
print(swap(1, 2))
def repeat(n):
    def deco(fn):
        def w():
            return [fn() for _ in [0] * n]
        return w
    return deco
@repeat(3)
def one():
    return 1
print(one())
args = (1, 2)
kwargs = {"scale": 5}
print(add(*args, **kwargs))
print(add(*[4], **{"b": 1}))
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3), posonly(1, 2, 3))
def collect(a, *rest, key=None, **extra):
    return a, rest, key, len(extra)
print(collect(1, 2, 3, key="k", x=1, y=2))
class Callable:
    def __call__(self, x):
        return x * 7
c = Callable()
print(c(6))
def f(**kw):
    return len(kw)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**5)
except TypeError as e:
    print(e)
bound = [].append
print(type(bound).__name__)
class M:
    def m(self):
        return "m"
print(M().m(), M.m(M()), type(M().m).__name__)
