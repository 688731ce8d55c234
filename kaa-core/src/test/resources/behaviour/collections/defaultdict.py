# collections.defaultdict (from _collections): __missing__, factory rules, repr, copy, |, pickling support
from _collections import defaultdict

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), d.default_factory, isinstance(d, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.setdefault('z', 5), counts.pop('z'))
print(defaultdict(), defaultdict(None, a=1), defaultdict(int, {'x': 1}, y=2), defaultdict(str, [(1, 2)]))
n = defaultdict()
show(lambda: n[3])
show(lambda: defaultdict(1))
show(lambda: defaultdict(int, {}, {}))
show(lambda: defaultdict(int, 5))
n.default_factory = lambda: 'made'
print(n[1], n.default_factory())
del n.default_factory
print(n.default_factory)
show(lambda: n[2])

c = defaultdict(list, {1: [1]})
cc = c.copy()
print(type(cc).__name__, cc, cc[1] is c[1], c.__copy__() == c, cc.default_factory is list)
u = c | {2: 3}
print(type(u).__name__, u, u.default_factory)
v = {0: 0} | c
print(type(v).__name__, v)
c |= {5: 5}
print(c)
print(c.__reduce__()[:4], list(c.__reduce__()[4]))
print(defaultdict.__module__, defaultdict[str, int], defaultdict.__mro__)

r = defaultdict()
r.default_factory = r
print(repr(r))
r[1] = r
print(repr(r))

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return 'Tree' + dict.__repr__(self)
t = Tree()
t['a']['b']['c'] = 1
t.label = 'root'
print(t, t.label, type(t['a']).__name__, isinstance(t, defaultdict))
class Named(defaultdict):
    pass
print(Named(int, a=1), Named(int).copy(), type(Named(int).copy()).__name__)
