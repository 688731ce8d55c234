# Attribute reads and writes through the same instructions while the classes, instances and descriptors they
# depend on change underneath (what the interpreter's attribute caches must notice).

from _attr_probes import call_m, get_x, set_x, show


class A:
    x = "class A"

    def m(self):
        return "A.m"


a = A()
for _ in range(3):
    show(get_x, a)
a.x = "instance"                 # an instance attribute now shadows the class attribute
show(get_x, a)
del a.x
show(get_x, a)
A.x = "class A changed"          # the class attribute itself changes
show(get_x, a)
del A.x
show(get_x, a)                   # gone everywhere

# a property added to the class after the cache filled wins over the instance dict
b = A()
b.x = "in dict"
show(get_x, b)
A.x = property(lambda self: "property")
show(get_x, b)
A.x = property(lambda self: "getter", lambda self, v: print("setter got", v))
set_x(b, 6)
del A.x
show(get_x, b)                   # the dict entry was there all along


class Base:
    y = "Base.y"

    def m(self):
        return "Base.m"


class Sub(Base):
    pass


s = Sub()
for _ in range(2):
    show(call_m, s)
Base.m = lambda self: "new Base.m"  # a change in a base reaches the subclass
show(call_m, s)
Sub.m = lambda self: "Sub.m"
show(call_m, s)
s.m = lambda: "instance m"          # an instance attribute shadows the method
show(call_m, s)
del s.m, Sub.m, Base.m
show(call_m, s)


# __getattr__ and __getattribute__ added later
class G:
    pass


g = G()
show(get_x, g)
G.__getattr__ = lambda self, name: "getattr " + name
show(get_x, g)
g.x = 1
show(get_x, g)
G.__getattribute__ = lambda self, name: "getattribute " + name
show(get_x, g)
del G.__getattribute__, G.__getattr__
show(get_x, g)


# __setattr__ added later
class S:
    pass


o = S()
set_x(o, 1)
show(get_x, o)
S.__setattr__ = lambda self, name, v: print("setattr", name, v)
set_x(o, 2)
show(get_x, o)
del S.__setattr__
set_x(o, 3)
show(get_x, o)


# __class__ assignment
class P:
    x = "P.x"

    def m(self):
        return "P.m"


class Q:
    x = "Q.x"

    def m(self):
        return "Q.m"


p = P()
show(get_x, p)
show(call_m, p)
p.__class__ = Q
show(get_x, p)
show(call_m, p)

# __dict__ replaced
d = P()
d.x = "old dict"
show(get_x, d)
d.__dict__ = {"x": "new dict"}
show(get_x, d)
d.__dict__ = {}
show(get_x, d)
set_x(d, "stored")
print(d.__dict__)

# the order of the dict entries changes (where the cache last found the name)
e = P()
e.w = 0
e.x = 1
show(get_x, e)
del e.w
show(get_x, e)
e.__dict__.clear()
e.z = 2
e.x = 3
show(get_x, e)
set_x(e, 4)
print(e.__dict__)


# __slots__
class Slotted:
    __slots__ = ("x",)


sl = Slotted()
show(get_x, sl)
set_x(sl, "slot value")
show(get_x, sl)
del sl.x
show(get_x, sl)
show(set_x, Slotted.__new__(Slotted), 1)


# a descriptor whose own class gains __get__ after the cache filled
class Desc:
    pass


class HasDesc:
    x = Desc()


h = HasDesc()
print(type(get_x(h)).__name__)
Desc.__get__ = lambda self, obj, cls: "Desc.__get__"
show(get_x, h)
Desc.__set__ = lambda self, obj, v: print("Desc.__set__", v)
h.__dict__["x"] = "shadow"
show(get_x, h)                   # a data descriptor now: it wins over the dict
set_x(h, 7)


# classes and metaclasses
class Meta(type):
    x = "Meta.x"


class WithMeta(metaclass=Meta):
    pass


show(get_x, WithMeta)
WithMeta.x = "WithMeta.x"
show(get_x, WithMeta)
del WithMeta.x
show(get_x, WithMeta)
WithMeta.x = "class attribute under a metaclass property"
Meta.x = property(lambda cls: "Meta property")
show(get_x, WithMeta)                 # a data descriptor of the metaclass wins
del Meta.x
show(get_x, WithMeta)
show(get_x, A)
A.x = 10
show(get_x, A)
show(get_x, int)

# modules
import sys

me = sys.modules[__name__]
x = "global x"
show(get_x, me)
x = "rebound"
show(get_x, me)
del x
show(get_x, me)

# one instruction, many types
for obj in [A(), Sub(), P(), Q(), Slotted(), WithMeta, 3, "s"]:
    show(get_x, obj)


# super() when the base changes
class Parent:
    def hello(self):
        return "Parent.hello"


class Child(Parent):
    def hello(self):
        return "Child+" + super().hello()


c = Child()
show(c.hello)
Parent.hello = lambda self: "new Parent.hello"
show(c.hello)
del Parent.hello
show(c.hello)
Parent.hello = "not callable"
show(c.hello)
