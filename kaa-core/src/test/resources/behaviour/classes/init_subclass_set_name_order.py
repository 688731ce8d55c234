# class creation order: namespace, __set_name__ for each attribute, then __init_subclass__ of the parent, then decorators
def decorate(cls):
    print("  decorator on", cls.__name__)
    cls.decorated = True
    return cls
class Named:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print("  __set_name__", self.label, owner.__name__, name)
class Base:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        print("  Base.__init_subclass__", cls.__name__, tag, kwargs, [k for k in vars(cls) if not k.startswith("__")])
        super().__init_subclass__(**kwargs)
        cls.tag = tag
print("defining Child")
@decorate
class Child(Base, tag="c"):
    print("  body runs first")
    first = Named("first")
    second = Named("second")
print(Child.tag, Child.decorated)
class GrandChild(Child):
    third = Named("third")
print(GrandChild.tag, GrandChild.decorated)
try:
    class Extra(Base, tag="x", unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("  Mixin.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)
class Multi(Mixin, Base, tag="m"):
    pass
print(Multi.tag, Multi.__init_subclass__.__self__ is Multi)
class ExplicitCM:
    @classmethod
    def __init_subclass__(cls):
        print("  explicit classmethod for", cls.__name__)
class Sub(ExplicitCM):
    pass
dyn = type("Dyn", (Base,), {"x": Named("dynamic")}, tag="d")
print(dyn.tag)
class SetNameAddsAttr:
    def __set_name__(self, owner, name):
        setattr(owner, name + "_extra", "added during __set_name__")
class Host:
    a = SetNameAddsAttr()
print(Host.a_extra)
