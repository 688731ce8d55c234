"""weakref caches and finalizers, types helpers, operator functions, reprlib, and the sys module at run time."""
import gc
import operator
import reprlib
import sys
import types
import weakref

class Big:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Big({self.name})"

cache = weakref.WeakValueDictionary()
a = Big("a")
cache["a"] = a
cache["b"] = Big("b")
gc.collect()
print(sorted(cache.keys()), cache.get("a"))
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a) >= 1)
events = []
weakref.finalize(a, events.append, "finalized a")
del a
gc.collect()
print(r(), events, "a" in cache)
ws = weakref.WeakSet([Big("x")])
gc.collect()
print(len(ws))
ns = types.SimpleNamespace(x=1, y=2)
ns.z = 3
print(ns, types.MappingProxyType({"k": 1})["k"], isinstance(len, types.BuiltinFunctionType))
mod = types.ModuleType("dynamic", "a module made at run time")
exec("def hello(): return 'hi from ' + __name__", mod.__dict__)
print(mod.hello(), mod.__doc__, type(mod).__name__)
Klass = types.new_class("Klass", (object,), {}, lambda ns: ns.update(greet=lambda self: "made by new_class"))
print(Klass().greet(), types.GenericAlias(list, (int,)))
print(operator.add(2, 3), operator.itemgetter(1, 0)("ab"), operator.attrgetter("name")(Big("q")), operator.methodcaller("upper")("s"))
print(operator.index(7), operator.contains([1], 1), operator.neg(4), operator.truediv(7, 2), operator.concat("a", "b"))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
print(sys.version_info[:2], sys.maxsize, sys.byteorder, type(sys.getrecursionlimit()), sys.getsizeof(0) > 0)
print(sys.argv[0].endswith("weakref_types.py"), sys.platform, sys.float_info.dig, "os" in sys.modules or "not yet")
