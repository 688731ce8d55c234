# collections.OrderedDict is the built-in type (_collections.OrderedDict), as in CPython: its order is its own list.
import collections, copy, json, pickle
from collections import OrderedDict

print(OrderedDict.__module__, collections.OrderedDict is __import__("_collections").OrderedDict)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, list(od), list(reversed(od)), list(dict.keys(od)))
print(od.keys(), od.values(), od.items(), type(od.keys()).__mro__)
print(list(reversed(od.items())), od.keys() & {"a", "z"}, dict(od), {**od}, json.dumps(od))
print(od.popitem(), od.popitem(last=False), od, od.pop("zz", 0), od.setdefault("n"), od)
print(od == OrderedDict(b=2, n=None), od == OrderedDict(n=None, b=2), od == {"n": None, "b": 2})
print(OrderedDict() | {"x": 1}, {"y": 2} | OrderedDict(x=1), OrderedDict.fromkeys("ab", 0))
od = OrderedDict(x=[1])
od.tag = "t"
print(od.__dict__, copy.deepcopy(od), pickle.loads(pickle.dumps(od)).tag, od.__reduce__()[:4])

# A subclass that reorders on reads (an LRU cache): repr and copy go through its __getitem__, as CPython's do.
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def __getitem__(self, key):
        self.move_to_end(key)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)

cache = LRU(3)
for k in "abcd":
    cache[k] = ord(k)
cache["b"]
print(list(cache), cache)

# Changes under an iterator.
for change in (lambda d: d.__setitem__("z", 0), lambda d: d.move_to_end("a"), lambda d: dict.__setitem__(d, "q", 0)):
    d = OrderedDict(a=1, b=2)
    it = iter(d)
    change(d)
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
for bad in (lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("k"), lambda: OrderedDict(1, 2),
            lambda: OrderedDict().pop("k"), lambda: OrderedDict([(1, 2, 3)])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(OrderedDict(a=1).pop("a", default=9), OrderedDict().setdefault("k", default=5))
r = OrderedDict()
r["self"] = r
print(r)
