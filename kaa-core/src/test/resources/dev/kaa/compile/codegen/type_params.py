# PEP 695: generic functions, classes and type aliases; bounds, constraints, defaults; names in class bodies.
def identity[T](x: T) -> T:
    return x


@staticmethod
def with_defaults[T: int, *Ts, **P](a=1, *, b=2) -> T:
    pass


def keyword_defaults_only[T](*, k: T = None):
    pass


class Box[T](object, metaclass=type):
    def get(self) -> T:
        pass

    def map[U](self, f: "Callable[[T], U]") -> "Box[U]":
        pass


class Outer:
    Inner = int

    def method[T: Inner](self, x: T) -> Inner:
        pass

    type Alias[T] = list[T | Inner]


type IntList = list[int]
type Pair[A, B: (int, str)] = tuple[A, B]


def nested():
    type Local[T] = dict[str, T]
    return Local, (lambda: Local)
