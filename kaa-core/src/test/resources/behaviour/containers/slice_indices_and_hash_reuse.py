# slice.indices(n) with ints of any size (the length too), and its errors; the hashes a dict or set stores are reused
# by setdefault, set(dict), difference, symmetric_difference_update and dict.fromkeys: one __hash__ call per key.
import sys
for s in [slice(None), slice(None, None, -1), slice(-100, 100), slice(2**100, -2**100, -3), slice(5, 1, 2**70), slice(True, None)]:
    for n in [0, 1, 10, 2**100]:
        print(s, n, s.indices(n))
for bad in [lambda: slice(1, 2, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: slice(1).indices("x"), lambda: slice(1.5).indices(3)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import collections
d = collections.Counter()
class H:
    n = 0
    def __hash__(self):
        H.n += 1
        return 42
class E(H):
    eqs = 0
    __hash__ = H.__hash__
    def __eq__(self, other):
        E.eqs += 1
        return self is other
h = H()
{}.setdefault(h, 1); print(H.n)
e1, e2 = E(), E()
d = {e1: 1}
d.setdefault(e2, 2)
print(E.eqs, len(d))
ds = dict.fromkeys([H(), H()]); H.n = 0
set(ds); frozenset(ds); s = set(ds); s.difference(ds); s.symmetric_difference_update(ds); dict.fromkeys(set(ds)); dict.fromkeys(frozenset(ds), 1); dict.fromkeys(ds)
print(H.n)
