# staticmethod and classmethod carry a __dict__ (what they copied from the function); property's fget is read-only
def f():
    "f docstring"


cm = classmethod(f)
print(sorted(cm.__dict__.items()))
cm.x = 42
print(cm.x, "x" in cm.__dict__)
del cm.x
print(hasattr(cm, "x"))
sm = staticmethod(None)
print(sm.__dict__)
try:
    sm.__dict__ = 1
except TypeError as e:
    print("TypeError", e)
sm.__dict__ = {"y": 2}
print(sm.y)

p = property(f)
for attr in ("fget", "fset", "fdel"):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError", e)
try:
    p.__set_name__()
except TypeError as e:
    print("TypeError", e)


class SlottedProperty(property):
    __slots__ = ()


try:
    class Owner:
        @SlottedProperty
        def spam(self):
            "this docstring cannot be stored"
except AttributeError as e:
    print("AttributeError", e)


class Quiet:
    @SlottedProperty
    def spam(self):
        return 1


print(Quiet().spam)
