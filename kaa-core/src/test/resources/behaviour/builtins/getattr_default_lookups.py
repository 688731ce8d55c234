# getattr(o, name, default) and hasattr: missing attributes of plain objects, classes and modules answered
# without an AttributeError, yet an AttributeError raised on the way (a property, __getattr__) still means missing,
# and any other error propagates; a module's own AttributeError names the attribute and the module.
import sys, types
m = types.ModuleType("m")
print(hasattr(m, "x"), getattr(m, "x", 1))
m.__getattr__ = lambda n: 42 if n == "y" else (_ for _ in ()).throw(AttributeError(n))
print(getattr(m, "y", 0), getattr(m, "z", 0), hasattr(m, "z"))
def bad(n): raise KeyError(n)
m.__getattr__ = bad
try: getattr(m, "q", 0)
except KeyError as e: print("KeyError", e)
class P:
    @property
    def a(self): raise AttributeError("inner")
    @property
    def b(self): raise ValueError("v")
print(getattr(P(), "a", "dflt"), hasattr(P(), "a"))
try: hasattr(P(), "b")
except ValueError as e: print("ValueError", e)
class G:
    def __getattr__(self, n): return n * 2
print(getattr(G(), "ab", None), hasattr(G, "ab"), getattr(G, "zz", "none"))
class Meta(type):
    def __getattr__(cls, n): return "meta-" + n
class C(metaclass=Meta): pass
print(getattr(C, "foo", None), getattr(int, "foo", None), hasattr(int, "real"))
class MS(types.ModuleType):
    @property
    def p(self): raise AttributeError("x")
ms = MS("ms"); ms.__getattr__ = lambda n: "hook-" + n
print(getattr(ms, "p", None), ms.p, getattr(ms, "missing", None))
try: m2 = types.ModuleType("m2"); m2.nothing
except AttributeError as e: print(e, e.name, e.obj is m2)
try: P().nothing
except AttributeError as e: print(e, e.name)
import os; print(getattr(os, "nope", "d"), hasattr(os, "path"))
class S:
    __slots__ = ("a",)
print(getattr(S(), "a", "unset"))
