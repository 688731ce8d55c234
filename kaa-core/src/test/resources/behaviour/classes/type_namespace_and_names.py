# type(): the namespace copied in its mapping's own order, names and docstrings that CPython keeps as UTF-8 C strings,
# a __dict__ the class body defines kept, __type_params__ writable on classes only; object.__dir__ reads __dict__ and
# __class__ as attributes.
import collections

od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print(list(type("C", (), od).__dict__)[:2])


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: type("A\x00B", (), {}))
attempt(lambda: type("A\udcdcB", (), {}))
attempt(lambda: type("A", (), {"__doc__": "x\udcdcy"}).__doc__)
attempt(lambda: type("A", (), {"__doc__": "x\x00y"}).__doc__)
K = type("K", (), {})


def rename(name):
    K.__name__ = name
    return K.__name__


attempt(lambda: rename("A\x00B"))
attempt(lambda: rename("A\udcdcB"))
attempt(lambda: rename("\U0001f40d"))


class WithDictProperty:
    __dict__ = property(lambda self: {"a": 2})


w = WithDictProperty()
w.x = 5
print(vars(w), w.x)


class Generic[T]:
    pass


print(Generic.__type_params__)
Generic.__type_params__ = "whatever"
print(Generic.__type_params__, int.__type_params__, type.__type_params__)
attempt(lambda: delattr(Generic, "__type_params__"))
attempt(lambda: setattr(int, "__type_params__", ()))


class NoClass:
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


print(dir(NoClass()))


class Keys(dict):
    def keys(self):
        return list("xyz")


print(eval("dir()", {}, Keys()))
