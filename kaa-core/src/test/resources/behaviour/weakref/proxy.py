# weakref.proxy: stands for the object (attributes, operators, items, calls), ReferenceError once it died
import _weakref, gc

class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __add__(self, other):
        return Box(self.items + list(other))
    def __radd__(self, other):
        return Box(list(other) + self.items)
    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items
    def __iter__(self):
        return iter(self.items)
    def __str__(self):
        return "Box%s" % self.items
    def __call__(self, x):
        return x * 2

class Plain:
    pass

b = Box([1, 2, 3])
p = _weakref.proxy(b)
print(type(p).__name__, p is _weakref.proxy(b), callable(p), p(21))
print(len(p), p[0], list(p), str(p), (p + [4]).items, ([0] + p).items, p == Box([1, 2, 3]), p.__class__.__name__)
p[0] = 10
p.extra = "set through the proxy"
print(b.items, b.extra, hasattr(p, "missing"))
del p.extra
print(hasattr(b, "extra"), repr(p).startswith("<weakproxy at 0x"), " to Box at 0x" in repr(p))
try:
    hash(p)
except TypeError as e:
    print(e)

o = Plain()
q = _weakref.proxy(o)
print(type(q).__name__, callable(q), _weakref.getweakrefcount(o))
calls = []
r = _weakref.proxy(o, lambda proxy: calls.append(type(proxy).__name__))
print(r is not q, _weakref.getweakrefcount(o), [type(x).__name__ for x in _weakref.getweakrefs(o)])
del o
gc.collect()
print(calls)
for action in (lambda: q.anything, lambda: str(q), lambda: bool(q), lambda: q == 1, lambda: len(q)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError", e)
print(_weakref.ProxyType, _weakref.CallableProxyType)
