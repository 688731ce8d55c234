# isinstance/issubclass: tuples, metaclass hooks, __class__ and the errors
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    quack = True


print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(1, (str, (float, int))), isinstance(True, int), issubclass(bool, (str, int)))
print(isinstance(1, ()), issubclass(int, ()))


class Liar:
    @property
    def __class__(self):
        return int


print(isinstance(Liar(), int), isinstance(Liar(), Liar), type(Liar()).__name__)
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: isinstance(1, (int, 1)), lambda: issubclass(int, (1, int))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class AbstractLike:
    __bases__ = ()


class Fake:
    __bases__ = (AbstractLike(),)
