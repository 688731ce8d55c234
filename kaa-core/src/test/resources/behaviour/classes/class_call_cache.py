# Calling a class through the same instruction while what instantiation depends on changes: __init__ replaced or
# removed, __new__ added, a base's __init__ changed, abstract methods, __init__ returning a value, metaclass __call__.


def make(cls, *args, **kwargs):
    try:
        obj = cls(*args, **kwargs)
        print(type(obj).__name__, sorted(vars(obj).items()) if hasattr(obj, "__dict__") else obj)
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


for i in range(3):
    make(Point, i)
make(Point, 1, y=5)
make(Point)
Point.__init__ = lambda self, *a: setattr(self, "args", a)
make(Point, 1, 2, 3)
del Point.__init__
make(Point)
make(Point, 1)
Point.__new__ = lambda cls, *a: "made by __new__"
make(Point, 1)
del Point.__new__
make(Point)


class Base:
    def __init__(self):
        self.base = True


class Derived(Base):
    pass


make(Derived)
Base.__init__ = lambda self: setattr(self, "changed", True)
make(Derived)
Derived.__init__ = lambda self: 42
make(Derived)


class Abstract:
    def __init__(self):
        self.ok = True


make(Abstract)
Abstract.__abstractmethods__ = frozenset({"run"})
make(Abstract)
Abstract.__abstractmethods__ = frozenset()
make(Abstract)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


make(WithMeta, 1)
Meta.__call__ = lambda cls, *a: "Meta.__call__ %s" % (a,)
make(WithMeta, 2)
del Meta.__call__
make(WithMeta, 3)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


for i in range(2):
    s = Slotted(i)
    print(s.a, hasattr(s, "__dict__"))
