# What can be called and how: __call__, classes (__new__/__init__), staticmethod/classmethod objects, bound methods.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)

add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5))

class CallViaClass:
    pass

CallViaClass.__call__ = lambda self: "patched __call__"
print(CallViaClass()())
obj = CallViaClass()
obj.__call__ = lambda: "instance attribute ignored"
print(obj())
try:
    5()
except TypeError as e:
    print(e)
try:
    "text"()
except TypeError as e:
    print(e)

class Construct:
    def __new__(cls, *args, **kwargs):
        print("__new__", args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=0):
        print("__init__", a, b)

Construct(1, b=2)

class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called: __new__ returned a non-instance")

print(NewReturnsOther())
sm = staticmethod(lambda x: x * 2)
cm = classmethod(lambda cls: cls)
print(sm(4), callable(cm))
method = [1, 2, 3].append
method(4)
print(method.__self__, method.__name__)

class M:
    def m(self, *a, **k):
        return a, k

bound = M().m
print(bound(1, k=2), M.m(M(), 3), bound.__func__ is M.m, bound == M().m, type(bound).__name__)
unbound = M.m
try:
    unbound()
except TypeError as e:
    print(e)
print(int("7"), type("T", (), {})().__class__.__name__, (lambda: 0)(), print.__call__("via __call__"))
