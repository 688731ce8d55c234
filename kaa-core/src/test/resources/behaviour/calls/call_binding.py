# Argument binding: positional, keywords, defaults and their changes, and the errors
def add(a, b=1, *, scale=1):
    return (a + b) * scale

print(add(1), add(1, 2), add(1, 2, scale=3), add(a=1, b=2), add(1, scale=2))
for i in range(3):
    print(add(i, i, scale=1) - add(i))
add.__defaults__ = (10,)
print(add(1))
add.__kwdefaults__['scale'] = 100
print(add(1))
add.__kwdefaults__ = None
try:
    add(1)
except TypeError as e:
    print(e)
add.__defaults__ = None
try:
    add()
except TypeError as e:
    print(e)

def f(a, b, c=3, /, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, kw
print(f(1, 2, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, e=1, d=2, x=3),
             lambda: f(1, 2, 3, 4, e=5, d=6), lambda: f(a=1, b=2, e=3)]:
    try:
        print(call())
    except TypeError as e:
        print(e)

def two(x, y):
    return x - y
print(two(5, 3), two(y=5, x=3), two(5, y=3))
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((), {'z': 1}), ((1, 2), {'y': 3})]:
    try:
        two(*args, **kwargs)
    except TypeError as e:
        print(e)

def kwonly(*, k):
    return k
print(kwonly(k=1))
try:
    kwonly()
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)

class C:
    def m(self, a, b=2):
        return a + b
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a=0):
        return cls.__name__, a
o = C()
print(o.m(1), o.m(1, b=5), C.m(o, 2), o.s(3), C.c(), o.c(a=4))
bound = o.m
print(bound(10), list(map(bound, [1, 2])), list(map(C.s, 'ab')))
try:
    o.m()
except TypeError as e:
    print(e)
