# What defeats the per-class attribute layouts and their caches: different orders, class attributes and
# descriptors that appear later, __class__ assignment, attribute hooks, subclasses of built-ins.
class V:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm(self):
        return self.x + self.y


def xs(objs):
    return [o.x for o in objs]


objs = [V(1, 2), V(3, 4, True), V(5, 6)]
print(xs(objs), [o.norm() for o in objs], [list(o.__dict__) for o in objs])
objs[1].z = 7
print(xs(objs), [o.norm() for o in objs], objs[1].__dict__)

# an instance attribute shadows a method; a method comes back when it is deleted
w = V(1, 1)
for k in range(2):
    print(w.norm())
    w.norm = lambda: "instance"
print(w.norm())
del w.norm
print(w.norm())

# a class attribute read through instances, then shadowed per instance, then a property on the class
class C:
    tag = "class"

    def __init__(self):
        self.a = 1

def tags(objs):
    return [o.tag for o in objs]

cs = [C(), C()]
print(tags(cs))
cs[0].tag = "mine"
print(tags(cs))
C.tag = property(lambda self: "property")
print(tags(cs), cs[0].__dict__)
del C.tag
print(tags(cs[:1]))
try:
    print(tags(cs))
except AttributeError as e:
    print("AttributeError", e)

# a data descriptor added to the class after instances stored the name
class Loud:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        print("set via descriptor", value)

class E:
    def __init__(self):
        self.a = 1

def store_a(e, v):
    e.a = v

es = [E(), E()]
for v in range(2):
    store_a(es[0], v)
print([e.a for e in es])
E.a = Loud()
store_a(es[0], 5)
print([e.a for e in es], es[0].__dict__)
del E.a
print([e.a for e in es])

# __class__ assignment between compatible classes keeps the attributes
class A:
    def __init__(self):
        self.p = 1
        self.q = 2

    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

    @property
    def p(self):
        return "B.p"

objs = [A(), A()]
def show(objs):
    return [(o.who(), o.p, o.q) for o in objs]

print(show(objs))
objs[0].__class__ = B
print(show(objs), objs[0].__dict__)
objs[0].__class__ = A
objs[0].r = 3
print(show(objs), objs[0].__dict__)

# __getattr__, __getattribute__ and __setattr__ defined later
class H:
    def __init__(self):
        self.a = 1

def get_ab(h):
    return (h.a, getattr(h, "b", None))

h = H()
print(get_ab(h))
H.__getattr__ = lambda self, name: "getattr:" + name
print(get_ab(h))
H.__getattribute__ = lambda self, name: "getattribute:" + name
print(get_ab(h))
del H.__getattribute__
H.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
h.a = 5
print(get_ab(h), h.__dict__)
del H.__setattr__, H.__getattr__
h.c = 1
print(h.__dict__)

# __slots__ classes, with and without __dict__
class S:
    __slots__ = ("a", "b")

class SD:
    __slots__ = ("a", "__dict__")

s = S()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)
sd = SD()
sd.a = 1
sd.c = 2
print(sd.a, sd.c, sd.__dict__)

# subclasses of built-ins keep attributes beside their contents
class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.label = "L"

lst = L([1, 2])
lst.extra = 3
print(lst, lst.label, lst.extra, lst.__dict__)

class I(int):
    pass

i = I(5)
i.unit = "m"
print(i + 1, i.unit, vars(i))

# instances of a subclass, read by the base class's methods
class Base:
    def __init__(self, x):
        self.x = x

    def getx(self):
        return self.x

class Sub(Base):
    def __init__(self, x, y):
        self.y = y
        super().__init__(x)

objs = [Base(1), Sub(2, 3), Base(4), Sub(5, 6)]
print([o.getx() for o in objs], [o.__dict__ for o in objs])

# object() has no attributes; a class attribute read before any instance attribute
try:
    object().a = 1
except AttributeError as e:
    print("AttributeError", e)

class Empty:
    pass

e = Empty()
print(e.__dict__, vars(e), hasattr(e, "a"))
