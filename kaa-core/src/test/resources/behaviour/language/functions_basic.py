x = 1
y = x + 2
print(x, y, x * y - 10)
def f(a, b=2, *args, k=3, **kw):
    return a + b + k
print(f(1), f(1, 5), f(1, k=10))
def g(n):
    if n < 2:
        return n
    return g(n - 1) + g(n - 2)
print(g(20))
def outer():
    v = 10
    def inner(d):
        nonlocal v
        v = v + d
        return v
    return inner
h = outer()
print(h(1), h(2))
i = 0
total = 0
while i < 100:
    total += i
    i += 1
print(total)
try:
    f()
except TypeError:
    print("caught")
def kw(a, /, b, *, c):
    pass
print(kw(1, 2, c=3))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c2())
def defaults(a, b=[1], *rest, c=5, **kw):
    return a, b[0], len(rest), c, len(kw)
print(defaults(1)[3], defaults(1, [7], 8, 9, x=1)[2])
def star(*args, **kwargs):
    return len(args) + len(kwargs)
t = (1, 2, 3)
print(star(*t), star(*t, a=1, b=2), star(1, *t, 4))
lam = lambda x, y=2: x * y
print(lam(3), lam(3, 3))
def deco(fn):
    def wrapper(*a):
        return fn(*a) + 100
    return wrapper
@deco
def plus(a, b):
    return a + b
print(plus(1, 2))
g_val = 1
def set_global():
    global g_val
    g_val = 42
set_global()
print(g_val)
