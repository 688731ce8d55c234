# __qualname__ and __name__ of functions, classes, methods, lambdas and comprehensions at every nesting.
def outer():
    def inner():
        pass
    class Local:
        def method(self):
            return [lambda: 0 for _ in range(1)][0]
    return inner, Local, Local().method()

inner, Local, lam = outer()
print(inner.__qualname__, Local.__qualname__, Local.method.__qualname__, lam.__qualname__)

class A:
    class B:
        class C:
            def m(self):
                pass
    def f(self):
        def g():
            pass
        return g
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass

print(A.B.C.__qualname__, A.B.C.m.__qualname__, A().f().__qualname__, A.s.__qualname__, A.c.__qualname__)
print(A.B.C.__name__, A.B.C.__module__, outer.__module__)

def gen():
    yield

print(gen().__qualname__, (x for x in []).__qualname__, (x for x in []).__name__)

def f():
    pass

f.__qualname__ = "renamed.qualname"
print(f.__qualname__, f.__name__, repr(f).startswith("<function renamed.qualname at"))
try:
    f.__qualname__ = 1
except TypeError as e:
    print(e)
A.__qualname__ = "Z"
print(A.__qualname__, A.__name__, repr(A))
try:
    A.__name__ = ""
    print(repr(A.__name__))
    A.__name__ = 5
except TypeError as e:
    print(e)
async def co():
    pass
c = co()
print(c.__qualname__, c.__name__)
c.close()
