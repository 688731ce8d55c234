# Methods and attributes of a metaclass are visible on its classes, not on their instances
class Meta(type):
    kind = "meta attribute"

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class C(metaclass=Meta):
    pass


print(C.describe(), C.kind, C.upper_name)
print(hasattr(C(), "describe"), hasattr(C(), "kind"))


class Shadow(metaclass=Meta):
    kind = "class attribute"


print(Shadow.kind)


class Ordered(type):
    def mro(cls):
        return [cls, object]


class Weird(int, metaclass=Ordered):
    pass


print(Weird.__mro__)
print(type.__dict__["mro"](C))
print(C.__class__.__name__, type(C).__mro__)
