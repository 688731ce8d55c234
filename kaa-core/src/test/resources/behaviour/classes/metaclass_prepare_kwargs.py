# metaclasses: __prepare__ with a custom namespace, class keyword arguments, __new__/__init__ order, __call__
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  namespace set", key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("  __prepare__", name, [b.__name__ for b in bases], kwargs)
        ns = Recording()
        ns["injected"] = "from prepare"
        return ns
    def __new__(mcls, name, bases, ns, **kwargs):
        print("  __new__", name, type(ns).__name__, kwargs)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.kwargs = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("  __init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("  Meta.__call__", args)
        return super().__call__(*args)
class Base(metaclass=Meta, flavour="sweet"):
    a = 1
    def method(self):
        return "m"
print(Base.injected, Base.kwargs, type(Base).__name__, Base().method())
class Child(Base, flavour="sour", size=3):
    b = 2
print(Child.kwargs, Child.a, type(Child) is Meta)
class Plain:
    def __init_subclass__(cls, **kwargs):
        print("  __init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__()
class Sub(Plain, tag="t"):
    pass
try:
    class Bad(Plain, nope=1, **{"also": 2}):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoKw(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
def function_meta(name, bases, ns):
    print("  function metaclass", name, sorted(k for k in ns if not k.startswith("__")))
    return 42
class NotAClass(metaclass=function_meta):
    x = 1
print(NotAClass)
class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1):
    pass
class A3(A1, metaclass=M3):
    pass
print(type(A3).__name__, type(type("Dyn", (A3,), {})).__name__)
