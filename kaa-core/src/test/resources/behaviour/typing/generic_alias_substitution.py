# types.GenericAlias substitution: tuple[T, T][int], nested aliases, TypeVarTuple runs, ParamSpec, errors,
# unpacked *tuple[...] and a Python subclass (collections.abc.Callable's alias).
import collections.abc
from typing import TypeVar, ParamSpec, TypeVarTuple

T = TypeVar("T"); U = TypeVar("U"); P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
print(tuple[T, T][int], dict[T, list[U]][int, str], dict[T, list[U]].__parameters__, list[[T, U]].__parameters__)
print(type(T).__module__, type(P).__name__, type(Ts))
for expr in ["list[int][int]", "dict[T, U][int]", "dict[T, U][int, str, float]", "tuple[*Ts][int, str]",
             "tuple[T, *Ts][int, str, float]", "list[P][[int, str]]", "list[P][int, str]", "list[T][()]",
             "tuple[T, *Ts][int]", "tuple[T, *Ts][()]", "tuple[*Ts].__parameters__", "tuple[T, *Ts].__args__",
             "list[tuple[T, ...]][int]", "dict[T, *tuple[int, ...]][str]", "list[T][*tuple[int]]",
             "type(tuple[*Ts][int, str])", "list[T][tuple[int]]", "tuple[*Ts][*tuple[int, ...]]", "list[T][Ts]",
             "dict[T, U][*Ts]", "(*tuple[int],)[0]", "(*tuple[int],)[0].__unpacked__", "tuple[int].__unpacked__",
             "(*tuple[int],)[0] == tuple[int]", "(*tuple[int, str],)[0].__typing_unpacked_tuple_args__",
             "tuple[int].__typing_unpacked_tuple_args__", "(*list[int],)[0].__typing_unpacked_tuple_args__",
             "list[T][int].__parameters__"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
callable_alias = collections.abc.Callable[[T], U]
print(type(callable_alias).__name__, callable_alias[int, str], collections.abc.Callable[P, T][[int], str])
