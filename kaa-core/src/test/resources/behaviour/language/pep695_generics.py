# PEP 695: type aliases (lazy values), generic functions and classes, bounds, constraints, TypeVarTuple, ParamSpec.
type Pair[T] = tuple[T, T]
type Recursive = list[Recursive] | int
print(type(Pair).__name__, Pair.__name__, Pair.__type_params__, Pair.__value__)
print(Recursive.__value__)
print(Pair[int], type(Pair[int]).__name__, Pair[int].__origin__ is Pair, Pair[int].__args__)
try:
    Recursive[int]
except TypeError as e:
    print(e)

type Lazy = undefined_name_here
try:
    Lazy.__value__
except NameError as e:
    print("evaluated lazily:", e)

def first[T](items: list[T]) -> T:
    return items[0]

print(first([3, 4]), first.__type_params__, first.__annotations__)

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__type_params__, Box(5).get(), Box[int].__origin__ is Box, Box.__mro__[-2].__name__)

def bounded[T: (int, str), U: float, *Ts, **P](a: T) -> U:
    pass

t, u, ts, p = bounded.__type_params__
print(t.__name__, t.__constraints__, t.__bound__, u.__bound__, type(ts).__name__, type(p).__name__)

def lazy_bound[T: NotYetDefined]():
    pass

(T,) = lazy_bound.__type_params__
NotYetDefined = "defined later"
print(T.__bound__)

class Outer:
    class_attr = "class"
    type InClass = class_attr
    def method[T](self) -> T:
        return T

print(Outer.InClass.__value__, Outer().method().__name__)
try:
    T_outside = T_in_scope
except NameError as e:
    print(e)

def shadows[T]():
    return T

T = "module T"
print(shadows().__name__, T)

for src in ["type A[T, T] = int", "def f[T, T](): pass", "class C[T: (int,)]: pass", "type A = (yield)",
            "class C[*Ts = int]: pass"]:
    try:
        compile(src, "<p>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(e.msg)
try:
    Pair.__value__ = int
except AttributeError as e:
    print(e)
