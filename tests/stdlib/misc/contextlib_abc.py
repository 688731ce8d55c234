"""contextlib (contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext) and abc."""
import contextlib
import io
from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping, Iterable, Sized, MutableMapping

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
with contextlib.suppress(KeyError, ZeroDivisionError):
    {}["missing"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print(names)

class Resource:
    def close(self):
        print("closed resource")

with contextlib.closing(Resource()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)

@contextlib.contextmanager
def failing():
    yield
try:
    with tag("x"):
        raise ValueError("inside tag")
except ValueError as e:
    print("propagated", e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print(e)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

r = Registry()
r["a"] = 1
r.update(b=2)
print(dict(r), r.get("z", 0), "a" in r, isinstance(r, Mapping), r.setdefault("c", 3), r.pop("a"), len(r))
print(isinstance([], Sequence), isinstance({}, Sequence), isinstance("", Iterable), issubclass(list, Sized))

class Plugin(ABC):
    pass
Plugin.register(int)
print(isinstance(3, Plugin), issubclass(bool, Plugin), issubclass(str, Plugin))
