# weakref.ref (_weakref.ref): callbacks, the shared basic ref, hash and equality, death seen after gc.collect()
import _weakref, gc, sys

class A:
    pass

a = A()
events = []
r = _weakref.ref(a, lambda ref: events.append(("cb", ref is r, ref())))
basic = _weakref.ref(a)
print(basic is _weakref.ref(a), r is not basic, r() is a, basic() is a, r.__callback__ is not None)
print(_weakref.getweakrefcount(a), _weakref.getweakrefs(a)[0] is basic, len(_weakref.getweakrefs(a)))
print(hash(basic) == hash(a), basic == r, basic != r, basic == 1)
print(repr(basic).startswith("<weakref at 0x"), "; to 'A' at 0x" in repr(basic))
del a
gc.collect()
print(events, r(), basic(), r.__callback__)
print(repr(basic).endswith("; dead>"), basic == r, basic == basic)
try:
    hash(r)
except TypeError as e:
    print("TypeError", e)

b = A()
rb = _weakref.ref(b)
h = hash(rb)
del b
gc.collect()
print("hash kept after death", hash(rb) == h)

def f():
    pass
print(repr(_weakref.ref(f)).endswith("(f)>"), _weakref.ref(A)() is A, _weakref.ref(len)() is len)
for o in [1, "s", (), [], {}, None, object(), 2.5]:
    try:
        _weakref.ref(o)
    except TypeError as e:
        print(e)
print(_weakref.getweakrefcount(1), _weakref.getweakrefs([]))

class S:
    __slots__ = ("x",)
class SW:
    __slots__ = ("x", "__weakref__")
try:
    _weakref.ref(S())
except TypeError as e:
    print(e)
sw = SW()
print(_weakref.ref(sw)() is sw)

class I(int):
    pass
try:
    _weakref.ref(I(3))
except TypeError as e:
    print(e)

# callbacks run newest first
order = []
c = A()
refs = [_weakref.ref(c, lambda ref, i=i: order.append(i)) for i in range(3)]
del c
gc.collect()
print(order)

# a weakref that dies before its object never calls back
d = A()
_weakref.ref(d, lambda ref: print("never"))
gc.collect()
del d
gc.collect()
print("no callback for a dead weakref")

class Err:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
    def flush(self):
        pass

def bad(ref):
    raise ValueError("from a callback")
e = A()
er = _weakref.ref(e, bad)
sys.stderr = Err()
del e
gc.collect()
out = "".join(sys.stderr.text)
sys.stderr = sys.__stderr__
print(out.split(" at 0x")[0], out.splitlines()[-1])

d = {"k": er}
_weakref._remove_dead_weakref(d, "k")
print(d)
