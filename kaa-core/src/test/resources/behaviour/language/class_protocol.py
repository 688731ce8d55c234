class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self):
        return self.x
print(A().f())
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
class Base:
    def hello(self):
        return "hello from base"
class Derived(Entry()):
    pass
print(Derived().hello(), Derived.__bases__[0].__name__, Derived.__orig_bases__[0].__class__.__name__)
class P:
    @classmethod
    def make(cls):
        return cls.__name__
class Q(P):
    @classmethod
    def make(cls):
        return "Q+" + super().make()
print(Q.make())
class R:
    def outer(self):
        def inner():
            return __class__.__name__
        return inner()
print(R().outer())
class S:
    def m(self):
        return super().__repr__().startswith("<")
print(S().m())
def no_args():
    return super()
try:
    no_args()
except RuntimeError as e:
    print(e)
class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slots()
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print(e)
class Desc:
    def __get__(self, obj, owner):
        return "desc" if obj is not None else "class"
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    d = Desc()
print(Holder.d, Holder().d)
class Conflict1(type): pass
class Conflict2(type): pass
class C1(metaclass=Conflict1): pass
class C2(metaclass=Conflict2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
