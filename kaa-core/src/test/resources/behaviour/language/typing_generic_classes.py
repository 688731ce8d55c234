# PEP 695 generic classes: Generic as the implicit base, subscription, __parameters__.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__type_params__, Box.__parameters__)
print(Box.__bases__, Box.__orig_bases__)
print(Box.__mro__)
print(repr(Box[int]), Box[int].__origin__ is Box, Box[int].__args__)
b = Box[int](5)
print(b.get(), b.__orig_class__)
print(Box(7).get())
T, = Box.__type_params__
print(repr(T), T.__infer_variance__)

class Pair[K, V](Box[K]):
    pass
print(Pair.__bases__, Pair.__parameters__, Pair.__type_params__)
print(len(Pair.__mro__))
print(Box[int] == Box[int], Box[int] == Box[str], {Box[int]: 1}[Box[int]])

class Multi[*Ts, **P]:
    pass
print(Multi.__type_params__, Multi.__parameters__)
print(repr(Multi[int, str]))

class Plain:
    pass
print(Plain.__bases__)

class Bounded[N: int]:
    pass
N, = Bounded.__type_params__
print(N.__bound__ is int, Bounded.__orig_bases__)
class Base: pass
class C[T](Base, metaclass=type):
    x: T
    def m[U](self, u: U) -> tuple[T, U] if False else None: return None
print(C.__bases__, C.__parameters__, C.m.__type_params__)
class Outer:
    class Inner[T]:
        pass
print(Outer.Inner.__qualname__, Outer.Inner[int])
try:
    class Bad[T](C[int], C[str]): pass
except TypeError as e:
    print("TypeError", e)
