g = (x * 2 for x in range(10) if x for y in [x])
def f(a, b):
    l = [y for y in a if y]
    s = {y + z for y in a for z in b}
    d = {k: v for k, v in a}
    return (q for q in l), l, s, d
class C:
    g = (i for i in ())
y = 5
m = [y * z for y in range(3) for z in g if y]
ds = {a: b for a, b in m}
