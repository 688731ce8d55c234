# groupby and its groups, tee and its shared buffer
from itertools import groupby, tee, _tee, _grouper, _tee_dataobject, count, islice

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('aaabb')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g).__name__, type(g).__module__)
show(lambda: groupby())
show(lambda: _grouper())
show(lambda: list(groupby([1, 2], key=lambda x: 1 / 0)))

a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
print(tee([1], 0), len(tee('abc', 5)))
show(lambda: tee([1], -1))
a, b = tee(range(200))
print(sum(a), sum(b))
c, d = tee(a)
print(type(a).__name__, type(a).__module__, list(c), list(d))
x, = tee(count(), 1)
y = x.__copy__()
print(list(islice(x, 3)), list(islice(y, 5)), next(x))
z = _tee([7, 8])
print(list(z), type(z) is _tee)
show(lambda: _tee())
e, f = tee(iter([1, 2]))
g, h = tee(e)
print(list(g), list(h), list(f), list(e))

def reenter():
    t = None
    def gen():
        yield 1
        yield next(t)
    t, u = tee(gen())
    print(next(t))
    return next(t)
show(reenter)
for name in ['_tee', '_grouper', '_tee_dataobject']:
    try:
        class Sub(getattr(__import__('itertools'), name)):
            pass
    except TypeError as e:
        print(name, e)
