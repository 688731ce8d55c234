# Subclasses of weakref.ref, as weakref.py's KeyedRef and WeakMethod make them
import _weakref, gc

class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class Thing:
    pass

t = Thing()
removed = []
k = KeyedRef(t, lambda wr: removed.append(wr.key), "the key")
print(type(k).__name__, isinstance(k, _weakref.ref), k() is t, k.key)
b = _weakref.ref(t)
print(b is not k, _weakref.getweakrefcount(t))
try:
    k.other = 1
except AttributeError as e:
    print(e)

class Plain(_weakref.ref):
    pass

p = Plain(t)
p.note = "has a dict"
print(p.note, p() is t, p == k, hash(p) == hash(t))
print(_weakref.ReferenceType is _weakref.ref, _weakref.ref[int])
del t
gc.collect()
print(removed, k(), p())
