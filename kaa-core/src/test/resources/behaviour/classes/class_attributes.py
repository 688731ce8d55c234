# Attributes of classes: setting, deleting, immutable built-ins, __name__/__qualname__/__doc__
class C:
    "doc of C"
    a = 1


C.b = 2
print(C.a, C.b, C().b)
del C.a
print(hasattr(C, "a"), hasattr(C(), "a"))
try:
    del C.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.missing
except AttributeError as e:
    print("AttributeError:", e)
for target in (int, str, object, type):
    try:
        target.x = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C))
C.__qualname__ = "Outer.Inner"
print(repr(C))
for bad in (lambda: setattr(C, "__name__", 5), lambda: setattr(C, "__qualname__", None),
            lambda: delattr(C, "__name__")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(C.__doc__, int.__module__, C.__module__)
C.__doc__ = "changed"
print(C.__doc__)


class D(C):
    pass


print(D.__doc__, D.b)
C.b = 20
print(D.b)
