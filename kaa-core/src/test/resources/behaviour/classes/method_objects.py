# bound methods: identity vs equality, __self__/__func__, names, binding through instances and classes
class A:
    def f(self, x=1):
        return (self.name, x)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"A({self.name})"
a, b = A("a"), A("b")
m1, m2 = a.f, a.f
print(m1 == m2, m1 is m2, a.f == b.f, a.f != b.f, hash(m1) == hash(m2), m1.__self__ is a, m1.__func__ is A.f)
print(m1(), m1(2), A.f(b), A.f(b, 3), m1.__name__, m1.__qualname__, m1.__doc__, m1.__module__)
print(repr(m1), type(m1).__name__, type(A.f).__name__, callable(m1))
bound = A.f.__get__(b)
print(bound(), bound == b.f, A.f.__get__(None, A) is A.f)
a.f = lambda: "instance attribute shadows method"
print(a.f(), A.f(a), "f" in vars(a))
del a.f
print(a.f())
class B(A):
    def f(self, x=1):
        return ("B", super().f(x))
print(B("b").f(5), B.f is A.f, B.__dict__["f"] is not A.f)
m = B("x").f
print(m.__func__ is B.f, m.__self__.name, m.__func__.__qualname__)
try:
    m.new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)
A.f.custom = "on function"
print(a.f.custom)
for call in (lambda: A.f(), lambda: a.f(1, 2), lambda: m1(x=1, y=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
    def g(self):
        pass
e1, e2 = Eq(), Eq()
print(e1.g == e2.g, e1.g == e1.g)
bm = [].append
print(bm == [].append, bm.__self__, bm.__name__, type(bm).__name__)
l = [1]
print(l.append == l.append, l.append is l.append, l.__len__() == 1)
