# type/isinstance/issubclass: tuples, nested tuples, unions, __instancecheck__/__subclasscheck__, errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(type(b) is B, type(B) is type, type(type) is type, type(5).__name__, type(None).__name__)
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))), isinstance(b, ()), isinstance(1, int | str))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(bool, (str, int)), issubclass(A, A), issubclass(A, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(int, type), isinstance(type, object))
print(issubclass(int, int | None), isinstance(None, int | None), isinstance([], list[int].__origin__))
for call in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
             lambda: issubclass(int, 1), lambda: isinstance(1, list[int]), lambda: issubclass(int, (str, [])),
             lambda: type(), lambda: type(1, 2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return obj == "yes"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Any(metaclass=Meta):
    pass
print(isinstance("yes", Any), isinstance("no", Any), isinstance(Any(), Any))
print(issubclass(int, Any), issubclass(str, Any), issubclass(Any, Any), isinstance(3, (str, Any)))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]
class T(metaclass=Truthy):
    pass
print(isinstance(0, T))
# __class__ override affects isinstance but not type
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(type(l).__name__, isinstance(l, int), isinstance(l, Liar), l.__class__.__name__)
