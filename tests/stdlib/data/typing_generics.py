"""typing at run time: generics, protocols, TypedDict, NamedTuple, get_type_hints, overload, casts."""
from typing import (Generic, TypeVar, Protocol, runtime_checkable, TypedDict, NamedTuple, Optional, Union,
                    get_type_hints, get_origin, get_args, Callable, Literal, Any, cast, overload, Final)

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

class Movie(TypedDict, total=False):
    title: str
    year: int

class Employee(NamedTuple):
    name: str
    id: int = 3

def greet(name: Optional[str] = None, times: int = 1) -> str:
    return ("hi " + (name or "there")) * times

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__)
print(isinstance(Resource(), Closeable), isinstance(1, Closeable))
m: Movie = {"title": "Blade Runner"}
print(m, Movie.__total__, sorted(Movie.__annotations__))
e = Employee("Guido")
print(e, e._fields, Employee.__annotations__)
print(get_type_hints(greet))
print(get_origin(list[int]), get_args(dict[str, int]), get_args(Union[int, str]), get_origin(Optional[int]))
print(Callable[[int, str], bool], Literal["a", "b"], Optional[int], int | None)
print(cast(int, "not really"), double(2), double("ab"))
print(Union[int, int], Union[int, Union[str, float]])
Pair = tuple[T, T]
print(Pair[int], list[Any])
type Alias = dict[str, list[int]]
print(Alias, Alias.__value__)
def first[X](xs: list[X]) -> X:
    return xs[0]
print(first([5, 6]), first.__type_params__)
