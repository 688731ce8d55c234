# list/tuple/str subclasses overriding reflected operators: the subclass's method runs before the base's
class L(list):
    def __radd__(self, other):
        return ("L.__radd__", other)
    def __rmul__(self, other):
        return ("L.__rmul__", other)
    def __add__(self, other):
        return ("L.__add__", other)
print([1] + L([2]), L([2]) + [1], 3 * L([1]), L([1]) * 2, type(L([1]) * 2).__name__)
class S(str):
    def __radd__(self, other):
        return "S.__radd__(" + other + ")"
    def __rmod__(self, other):
        return "S.__rmod__"
print("a" + S("b"), S("b") + "a", type(S("b") + "a").__name__, "%s" % S("x"), "x%s" % S("y"))
class T(tuple):
    def __radd__(self, other):
        return "T.__radd__"
print((1,) + T((2,)), T((2,)) + (1,), type(T((2,)) + (1,)).__name__)
class NoOverride(list):
    pass
print([1] + NoOverride([2]), type([1] + NoOverride([2])).__name__, type(NoOverride([2]) + [1]).__name__)
class I(int):
    def __rsub__(self, other):
        return "I.__rsub__"
print(5 - I(1), I(1) - 5, 5.0 - I(1), True - I(1))
class D(dict):
    def __ror__(self, other):
        return "D.__ror__"
print({1: 2} | D(), D() | {1: 2}, type(D() | {1: 2}).__name__)
