def fs(y):
    fs = [lambda: x + y for x in [0, 1, 2]]
    return [f() for f in fs]
print(fs(10))
def g2():
    x = "outer"
    r = [lambda: x for x in [0, 1, 2]]
    return x, [f() for f in r]
print(g2())
class C:
    a = [i * 2 for i in [0, 1, 2]]
    b = {k: 1 for k in a}
    y = 5
    c = [lambda: y for y in a]
print(C.a, C.b, [f() for f in C.c])
def n(rows):
    return [[c * 2 for c in r] for r in rows]
print(n([[1, 2], [3]]))
def un():
    try:
        print(zz)
    except NameError as e:
        print("NameError", e)
    try:
        del q
    except UnboundLocalError as e:
        print("ULE", e)
    q = 1
    if q: w = 2
    print(w)
un()
x = 5
print("%s and %r and %5s|%-4s|" % (x, "a", x, x))
def isn(a):
    return "none" if a is None else "some"
print(isn(None), isn(0))
