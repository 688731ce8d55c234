# what object provides: default __eq__/__ne__/__hash__/__repr__/__str__/__format__, __new__/__init__ argument rules
class Plain:
    pass
p = Plain()
print(p.__eq__(p), p.__eq__(1), p.__ne__(p), p.__ne__(1), p.__lt__(p), object.__eq__(1, 1), object().__hash__() is not None)
print(p.__str__() == p.__repr__(), p.__format__("") == str(p), p.__repr__().startswith("<__main__.Plain object at 0x"))
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__, p.__class__ is Plain, type(p.__dict__).__name__)
for call in (lambda: Plain(1), lambda: Plain(a=1), lambda: object(1), lambda: object.__new__(Plain, 1), lambda: p.__init__(1),
             lambda: object.__new__(int), lambda: object.__new__(5), lambda: p.__format__("x")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class WithInit:
    def __init__(self, a):
        self.a = a
print(WithInit(1).a, object.__new__(WithInit).__class__.__name__)
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, *args):
        print("  __new__", args)
        return super().__new__(cls)
w = WithNew(1, 2)
try:
    WithNew.__init__(w, 1)
    print("object.__init__ accepted extra arguments because __new__ is overridden")
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        super().__init__(*args)
try:
    Both(1)
except TypeError as e:
    print("TypeError:", e)
class NeFromEq:
    def __eq__(self, other):
        return other == "same"
print(NeFromEq() != "same", NeFromEq() != "other", NeFromEq().__ne__("same"))
class EqReturnsNI:
    def __eq__(self, other):
        return NotImplemented
x = EqReturnsNI()
print(x == x, x != x, x == EqReturnsNI(), x != 1)
print(object.__dir__(p) is not None, [n in dir(p) for n in ("__eq__", "__init_subclass__", "__class__", "__dict__")])
print(Plain.__mro__, Plain.__bases__, object.__bases__)
print(Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__doc__, WithInit.__init__.__qualname__)
