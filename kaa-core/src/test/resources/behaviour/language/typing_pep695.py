# PEP 695 at run time: type parameters of functions and type aliases.
def ident[T](x: T) -> T:
    return x

print(ident(3), len(ident.__type_params__), repr(ident.__type_params__[0]))
T, = ident.__type_params__
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(T.__module__)

def bounded[B: int, C: (str, float)](b: B, c: C): pass
B, C = bounded.__type_params__
print(repr(B), B.__bound__ is int, B.__constraints__)
print(repr(C), C.__bound__, C.__constraints__ == (str, float))

def later[L: Missing](): pass
L, = later.__type_params__
print(L.__name__)
try:
    L.__bound__
except NameError as e:
    print("NameError", e)
class Missing: pass
print(L.__bound__ is Missing)

def varia[*Ts, **P](*args: *Ts, **kwargs: P.kwargs): pass
Ts, P = varia.__type_params__
print(repr(Ts), repr(P), Ts.__name__, P.__name__, repr(P.args), repr(P.kwargs))
print(varia.__annotations__["args"], varia.__annotations__["kwargs"])
print(P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(P.__bound__, P.__covariant__, P.__infer_variance__)

def plain(): pass
print(plain.__type_params__)

type Int = int
print(repr(Int), Int.__name__, Int.__value__ is int, Int.__type_params__, Int.__module__)

type Pair[K, V] = tuple
print(repr(Pair), Pair.__type_params__, Pair.__value__ is tuple)

type Forward = Later
class Later: pass
print(Forward.__value__ is Later)

type Broken = undefined_name
try:
    Broken.__value__
except NameError as e:
    print("NameError", e)

class Outer:
    def method[M](self, m: M) -> M:
        return m
    type Inner[I] = list
print(Outer().method("ok"), Outer.method.__type_params__, Outer.Inner.__name__)
