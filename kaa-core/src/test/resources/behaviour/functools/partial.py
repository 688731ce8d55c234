# _functools.partial: calls, flattening, repr, attributes, pickling state, subclasses
from _functools import partial

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a='x')
print(p(3), p(3, b=4), p(a='override'), p.func is f, p.args, p.keywords)
print(repr(partial(print, 1, sep='-')), repr(partial(len)))
q = partial(p, 9, c=1)
print(q.func is f, q.args, q.keywords, q())
p.attr = 'set'
r = partial(p, 0)
print(r.func is p, r.args, p.__dict__)
print(partial(max, key=len)(['a', 'bbb', 'cc']), list(map(partial(int, base=2), ['10', '11'])))
for g in [lambda: partial(), lambda: partial(1), lambda: setattr(p, 'func', len), lambda: p.__setstate__(1),
          lambda: p.__setstate__((len, (), {}, None, 1)), lambda: p.__setstate__((1, (), {}, None)),
          lambda: p.__setstate__((len, [], {}, None)), lambda: partial(f, **{'a': 1})(**{'a': 2})]:
    show(g)
print(partial(print, 1, sep='-').__reduce__(), partial(len).__reduce__())
s = partial(f)
s.__setstate__((f, (5,), None, {'note': 1}))
print(s(), s.keywords, s.note, s.__reduce__()[2][3])
s.__setstate__((f, (6,), {'k': 0}, None))
print(s(), s.__dict__)

class Named(partial):
    def __call__(self, *a):
        return ('called', super().__call__(*a))
n = Named(f, 1)
print(repr(n).replace(repr(f), 'F'), n(2), type(partial(n, 3)).__name__, partial(n, 3).func is n, isinstance(n, partial))
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).replace(repr(f), 'F'))
print(partial[int], partial.__module__)
class Meth:
    m = partial(f, 'first')
print(Meth().m(1))
