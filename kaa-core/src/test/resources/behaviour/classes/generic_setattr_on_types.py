# object.__setattr__/__delattr__ refuse objects whose built-in type sets attributes its own way; built-in __doc__
import types

checks = [
    lambda: object.__setattr__(str, "foo", 42),
    lambda: object.__delattr__(str, "lower"),
    lambda: type(list).__dict__["__doc__"].__set__(list, "blah"),
    lambda: setattr(list, "x", 1),
]
for check in checks:
    try:
        check()
    except TypeError as e:
        print("TypeError", e)


class Plain:
    pass


p = Plain()
object.__setattr__(p, "x", 1)
m = types.ModuleType("m")
object.__setattr__(m, "y", 2)
print(p.x, m.y)
Plain.__doc__ = "documented"
print(Plain.__doc__)
try:
    del Plain.__doc__
except TypeError as e:
    print("TypeError", e)
