# _typing: TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs/Kwargs, TypeAliasType, Generic and _idfunc, as typing imports them.
import _typing
from _typing import TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic

T = TypeVar('T')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
S = TypeVar('S', int, str)
B = TypeVar('B', bound=int)
I = TypeVar('I', infer_variance=True)
for v in [T, T_co, T_contra, S, B, I]:
    print(repr(v), v.__name__, v.__bound__, v.__constraints__, v.__covariant__, v.__contravariant__,
          v.__infer_variance__, v.__module__, v.__reduce__())
for call in [lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
             lambda: TypeVar('X', covariant=True, contravariant=True),
             lambda: TypeVar('X', covariant=True, infer_variance=True), lambda: TypeVar(1),
             lambda: TypeVarTuple('Ts').__typing_subst__(int)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print('TypeError:', e)
P = ParamSpec('P')
print(repr(P), P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.kwargs == P.args, P.__module__,
      ParamSpec('Q', covariant=True), ParamSpecArgs(P), ParamSpecKwargs(P), type(P.args).__name__)
Ts = TypeVarTuple('Ts')
print(repr(Ts), Ts.__name__, Ts.__module__, Ts.__reduce__())
A = TypeAliasType('A', list[int])
print(repr(A), A.__name__, A.__value__, A.__type_params__, A.__module__)
G = TypeAliasType('G', list[T], type_params=(T,))
print(G.__type_params__, G.__parameters__, G[int])
print(_typing._idfunc(42), Generic, Generic.__module__, sorted(n for n in dir(_typing) if not n.startswith('__')))

class Box[X]:
    pass
print(Box.__type_params__, Box[int], type(Box.__type_params__[0]) is TypeVar)
def f[**Q, *Us](): pass
print(type(f.__type_params__[0]) is ParamSpec, type(f.__type_params__[1]) is TypeVarTuple)
