# Metaclasses: __new__, __init__, __call__ and __prepare__ of a type subclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 1}


class A(metaclass=Meta, flag=True):
    def __init__(self, v=0):
        self.v = v


print(type(A).__name__, A.registered, A.injected, isinstance(A, Meta), isinstance(A, type))
a = A(5)
print(a.v)


class B(A):
    pass


print(type(B).__name__)
print(repr(Meta), Meta.__mro__)
