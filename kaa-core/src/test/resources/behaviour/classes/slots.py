# __slots__: member descriptors, no __dict__, and the checks on the declaration
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
print(sorted(k for k in P.__dict__ if k in ("x", "y", "__dict__", "__weakref__", "__slots__")))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Child(P):
    pass


c = Child(5)
c.extra = 1
print(c.x, c.extra, c.__dict__)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), "_Private__secret" in Private.__dict__)


def attempt(ns, bases=()):
    try:
        type("T", bases, ns)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt({"__slots__": ("a",), "a": 1})
attempt({"__slots__": (1,)})
attempt({"__slots__": ("not an identifier",)})
attempt({"__slots__": ("__dict__",)}, (WithDict,))
attempt({"__slots__": ("__dict__", "__dict__")})
attempt({"__slots__": ("a",)}, (int,))
attempt({"__slots__": ()}, (int,))
attempt({"__slots__": "single"})


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
