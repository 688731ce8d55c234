# __getattr__ is the fallback; __getattribute__ sees everything; __setattr__/__delattr__ intercept writes
class Fallback:
    real = "real"

    def __getattr__(self, name):
        if name.startswith("x"):
            return "made " + name
        raise AttributeError(f"no {name}")


f = Fallback()
print(f.real, f.xyz, getattr(f, "nope", "default"), hasattr(f, "xa"), hasattr(f, "b"))


class Everything:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)


e = Everything()
print(e.a, e.secret)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)


class Guarded:
    def __setattr__(self, name, value):
        print("set", name, value)
        if name.startswith("_"):
            raise AttributeError("private")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


g = Guarded()
g.x = 1
try:
    g._y = 2
except AttributeError as err:
    print("AttributeError:", err)
del g.x
try:
    del g.x
except AttributeError as err:
    print("AttributeError:", err)
print(g.__dict__)


class Both:
    def __getattribute__(self, name):
        raise AttributeError(name)

    def __getattr__(self, name):
        return "fallback " + name


print(Both().anything)
