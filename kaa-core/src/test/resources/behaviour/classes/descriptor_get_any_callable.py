# A descriptor's __get__ is called as CPython's slot calls it: found on the class, never bound, with the descriptor
# first; so a callable that is not a function (no binding of its own) still receives (descriptor, instance, owner).
class Recorder:
    def __call__(self, *args):
        return tuple(type(a).__name__ for a in args)


class ByCallable:
    __get__ = Recorder()


class ByStaticmethod:
    __get__ = staticmethod(lambda *args: ("static", len(args)))


class ByBuiltin:
    __get__ = max  # max(descriptor, instance, owner) compares them: TypeError shows the three arguments arrived


class Owner:
    a = ByCallable()
    b = ByStaticmethod()
    c = ByBuiltin()


print(Owner.a, Owner().a)
print(Owner.b, Owner().b)
try:
    Owner().c
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    m = ByCallable()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.m)


class Base:
    a = ByCallable()


class Derived(Base):
    def get(self):
        return super().a


print(Derived().get())
