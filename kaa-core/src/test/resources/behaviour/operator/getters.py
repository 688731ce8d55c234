# operator.itemgetter, attrgetter, methodcaller: calls, reprs, pickling support, errors
from operator import itemgetter, attrgetter, methodcaller

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

g = itemgetter(1)
print(g('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(g), repr(itemgetter(1, 'a')), g.__reduce__(), itemgetter(1, 2).__reduce__())
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
show(lambda: itemgetter())
show(lambda: g([1], 2))
show(lambda: g())
show(lambda: g(obj=1))
show(lambda: itemgetter(5)([]))

class P:
    def __init__(self):
        self.x = 1
        self.child = self
        self.name = 'p'
a = attrgetter('x')
print(a(P()), attrgetter('child.child.x')(P()), attrgetter('x', 'name')(P()), attrgetter('real', 'imag')(3))
print(repr(attrgetter('a', 'b.c')), attrgetter('a.b').__reduce__())
show(lambda: attrgetter(1))
show(lambda: attrgetter('a', 1))
show(lambda: attrgetter('a')(1))
show(lambda: attrgetter('x.y')(P()))
show(lambda: attrgetter())
show(lambda: a())

m = methodcaller('upper')
print(m('abc'), methodcaller('split', ',')('a,b'), methodcaller('split', sep=',', maxsplit=1)('a,b,c'))
print(repr(m), repr(methodcaller('f', 1, 'x', k=2, j=[3])), methodcaller('f', 1).__reduce__())
r = methodcaller('f', 1, k=2).__reduce__()
print(r[1], r[0].func, r[0].args, r[0].keywords)
show(lambda: methodcaller())
show(lambda: methodcaller(1))
show(lambda: methodcaller('x')(1))
show(lambda: m())
show(lambda: type(itemgetter(1))('x') and 1)
for t in (itemgetter, attrgetter, methodcaller):
    print(t.__module__, t.__name__, callable(t(*(['a'] if t is not methodcaller else ['a']))))
    show(lambda: type('S', (t,), {}))
