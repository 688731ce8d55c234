# types.SimpleNamespace: keyword construction, repr (recursive, subclass name), equality, pickling, unhashable
import pickle
import sys
import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, sorted(vars(ns)))
ns.c = ns
print(ns)
del ns.c
print(ns == types.SimpleNamespace(b=2, a=1), ns != types.SimpleNamespace(a=1), ns == {"a": 1, "b": 2})


class Point(types.SimpleNamespace):
    pass


p = Point(x=1, y=2)
print(p, p == types.SimpleNamespace(x=1, y=2), isinstance(sys.implementation, types.SimpleNamespace))
print(ns.__reduce__())
print(pickle.loads(pickle.dumps(p)), type(pickle.loads(pickle.dumps(p))).__name__)
for bad in [lambda: types.SimpleNamespace(1), lambda: hash(ns)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
ns.__init__(z=3)
print(ns)
