# attribute lookup hooks: __getattribute__ raising AttributeError falls back to __getattr__, properties too; __setattr__/__delattr__
class Hooked:
    cls_attr = "class"
    def __init__(self):
        object.__setattr__(self, "real", 1)
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        if name.startswith("hidden"):
            raise AttributeError(f"hidden {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "missing_too":
            raise AttributeError("really gone")
        return f"fallback:{name}"
    @property
    def broken(self):
        raise AttributeError("from property")
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("  __delattr__", name)
        object.__delattr__(self, name)
h = Hooked()
print(h.real, h.cls_attr)
print(h.hidden_x)
print(h.nothing)
print(h.broken)
try:
    h.missing_too
except AttributeError as e:
    print("AttributeError:", e)
h.v = 5
print(h.v)
del h.v
print(getattr(h, "hidden_y", "default used?"), hasattr(h, "missing_too"))
class OnlyGetattr:
    x = 1
    def __getattr__(self, name):
        return name.upper()
o = OnlyGetattr()
print(o.x, o.abc, getattr(o, "zz"), o.__class__.__name__)
try:
    o.__len__
    print("dunder via __getattr__:", o.__len__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(o)
except TypeError as e:
    print("TypeError:", e)
class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    Raises().anything
except KeyError as e:
    print("KeyError:", e)
print(hasattr(Raises(), "__class__"))
try:
    hasattr(Raises(), "x")
except KeyError as e:
    print("hasattr propagates KeyError:", e)
class GetattrOnClass:
    pass
GetattrOnClass.__getattr__ = lambda self, name: "added later: " + name
print(GetattrOnClass().late)
del GetattrOnClass.__getattr__
try:
    GetattrOnClass().late
except AttributeError as e:
    print("AttributeError:", e)
class SetattrRefuses:
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only {name}")
try:
    SetattrRefuses().x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(h, "real"), type(h).__getattribute__ is Hooked.__getattribute__)
