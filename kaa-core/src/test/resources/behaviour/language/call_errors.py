def kw(a, /, b, *, c):
    pass
def f(x, y, z): pass
def g(x, y=1): pass
def h(*, k, j): pass
def m(a, b, /, **kw): return kw
calls = [lambda: kw(1, 2, 3), lambda: kw(a=1, b=2, c=3), lambda: kw(1, 2), lambda: kw(1, b=2, c=3, d=4),
         lambda: kw(1, 2, b=3, c=1), lambda: f(), lambda: f(1), lambda: g(1, 2, 3), lambda: g(), lambda: h(),
         lambda: h(1, k=2), lambda: g(1, 2, 3, y=5), lambda: f(1, 2, 3, 4)]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(e)
