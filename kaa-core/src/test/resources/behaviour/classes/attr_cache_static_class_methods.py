# staticmethods and classmethods read through instances, from cached instructions, and what changes them.
class A:
    def __init__(self):
        self.v = 1

    @staticmethod
    def s(x):
        return ("A.s", x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)


class B(A):
    pass


def calls(objs):
    return [(o.s(1), o.c(2)) for o in objs]


def values(objs):
    return [(o.s, o.c.__self__.__name__, o.c.__func__.__name__) for o in objs]


objs = [A(), B(), A()]
for _ in range(2):
    print(calls(objs))
print([v[1:] for v in values(objs)], values(objs)[0][0] is A.__dict__["s"].__func__)

# an instance attribute shadows them (staticmethod and classmethod are no data descriptors)
objs[2].s = lambda x: ("instance", x)
objs[2].c = lambda x: ("instance c", x)
print(calls(objs))
del objs[2].s, objs[2].c
print(calls(objs))

# the same through an instance whose attributes are in a dict
d = A()
d.__dict__
print(calls([d]))
d.__dict__["s"] = lambda x: ("dict", x)
print(calls([d]))

# the class attribute replaced, and a staticmethod re-initialised in place
A.s = staticmethod(lambda x: ("new A.s", x))
print(calls(objs))
A.__dict__["s"].__init__(lambda x: ("reinit", x))
print(calls(objs))
B.c = classmethod(lambda cls, x: ("B.c", cls.__name__, x))
print(calls(objs))
A.c = staticmethod(lambda x: ("now static", x))
print(calls(objs))

# subclasses of staticmethod and classmethod
class MyStatic(staticmethod):
    def __get__(self, obj, owner=None):
        return lambda x: ("MyStatic", x)

class MyClass(classmethod):
    pass

class C:
    s = MyStatic(lambda x: x)
    c = MyClass(lambda cls, x: (cls.__name__, "MyClass", x))

for _ in range(2):
    print(calls([C(), C()]))
