# classmethod binds to the class, staticmethod to nothing; both wrap their function
class C:
    count = 0

    @classmethod
    def create(cls, n):
        obj = cls()
        cls.count += n
        return obj

    @staticmethod
    def helper(a, b):
        "Adds."
        return a + b


class D(C):
    pass


print(type(D.create(2)).__name__, D.count, C.count)
print(type(C().create(1)).__name__, C.count)
print(C.helper(1, 2), C().helper(3, 4), D.helper("a", "b"))
sm = C.__dict__["helper"]
cm = C.__dict__["create"]
print(type(sm).__name__, type(cm).__name__)
print(sm(5, 6), sm.__func__ is C.helper, sm.__wrapped__ is C.helper)
print(sm.__name__, sm.__doc__, sm.__isabstractmethod__)
print(cm.__func__.__name__, cm.__name__)
print(C.create.__self__ is C, C.create.__func__ is cm.__func__)
try:
    cm(1)
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)


def free(x):
    return x * 2


s = staticmethod(free)
print(s(21), repr(s).startswith("<staticmethod(<function free"))
print(repr(classmethod(free)).startswith("<classmethod(<function free"))
