# subclasses of types.ModuleType: construction, __new__ without __init__, __class__ changes, dir, slots
import sys
import types


class Sub(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__


m = Sub("m", "doc")
m.x = 1
print(m, type(m).__name__, m.hello(), m.__doc__, sorted(m.__dict__))
print([n for n in dir(m) if not n.startswith("__")])
blank = Sub.__new__(Sub)
print(blank, hasattr(blank, "__name__"), blank.__dict__)
print(types.ModuleType(name="kw").__name__)
try:
    m.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)

plain = types.ModuleType("plain")
plain.__class__ = Sub
print(type(plain).__name__, plain.hello())
plain.__class__ = types.ModuleType
print(type(plain).__name__)
try:
    plain.__class__ = int
except TypeError as e:
    print("TypeError", e)


class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "lazy " + name


sys.modules[__name__].__class__ = Lazy
print(sys.modules[__name__].anything)


class Slotted(types.ModuleType):
    __slots__ = ("extra",)


s = Slotted("s")
s.extra = 5
s.other = 6
print(s.extra, s.other, "extra" in s.__dict__)


class BadDict(types.ModuleType):
    __dict__ = property(lambda self: "not a dict")


try:
    dir(BadDict("b"))
except TypeError as e:
    print("TypeError", e)
