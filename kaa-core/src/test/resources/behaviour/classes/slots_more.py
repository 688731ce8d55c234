# __slots__: no __dict__, inheritance, __dict__ and __weakref__ in slots, class-variable conflicts, empty slots
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"), type(S.a).__name__, S.__slots__)
for call in (lambda: setattr(s, "c", 1), lambda: s.b, lambda: delattr(s, "b"), lambda: vars(s)):
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s.b = 2
del s.a
print(s.b, hasattr(s, "a"))
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)
class Child(S):
    pass
c = Child()
c.extra = "child has a __dict__"
print(c.a, c.extra, c.__dict__)
class SlotChild(S):
    __slots__ = ("c",)
sc = SlotChild()
sc.c = 3
print(sc.a, sc.c, hasattr(sc, "__dict__"))
try:
    sc.d = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Str:
    __slots__ = "single"
s2 = Str()
s2.single = "one name"
print(s2.single, Str.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
for bad in ((1,), ("__dict__", "__dict__"), ("a b",)):
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    class IntSlots(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
class TupleOk(tuple):
    __slots__ = ()
print(TupleOk((1, 2)), hasattr(TupleOk(), "__dict__"))
class Mangled:
    __slots__ = ("__private",)
    def set(self):
        self.__private = "mangled"
        return self._Mangled__private
print(Mangled().set(), "_Mangled__private" in dir(Mangled))
