# __eq__ and __hash__: implicit None, explicit inheritance, __hash__ = None, hash of instances in sets and dicts
class A:
    pass
class E:
    def __eq__(self, o):
        return True
class EH(E):
    __hash__ = object.__hash__
class H:
    def __hash__(self):
        return 1
class HE(H):
    def __eq__(self, o):
        return isinstance(o, HE)
class Explicit:
    __hash__ = None
print("__hash__" in E.__dict__, E.__dict__["__hash__"], "__hash__" in A.__dict__, EH.__hash__ is object.__hash__)
print("__hash__" in HE.__dict__, HE.__hash__, H.__hash__(H()))
for cls in (A, E, EH, H, HE, Explicit):
    try:
        hash(cls())
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
from_collections_abc_like = [c.__name__ for c in (A, E, EH, H, HE, Explicit) if getattr(c, "__hash__", None) is not None]
print(from_collections_abc_like)
s = {H(), H(), EH(), EH()}
print(len(s))
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  eq {self.v} {o.v}")
        return self.v == o.v
    def __hash__(self):
        return self.v % 2
d = {Key(1): "one", Key(2): "two"}
print(d[Key(3)] if Key(3) in d else "3 missing")
print(d[Key(1)])
k = Key(4)
d[k] = "four"
print(d[k], len(d))
class Changing:
    def __init__(self):
        self.h = 1
    def __hash__(self):
        return self.h
c = Changing()
dd = {c: 1}
c.h = 2
print(c in dd, len(dd), list(dd)[0] is c)
class IntHashEq(int):
    def __eq__(self, o):
        return False
try:
    print(IntHashEq.__hash__, {1: "a"}.get(IntHashEq(1)))
except TypeError as e:
    print("TypeError:", e)
class DictWithEq(dict):
    def __eq__(self, o):
        return True
print(DictWithEq.__hash__, DictWithEq() == 5)
