# getattr/setattr/hasattr/delattr/vars/dir on instances, classes and modules, with their errors
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "dflt"), getattr(P, "x", None))
setattr(p, "y", 2)
setattr(p, "with space", 3)
print(vars(p), hasattr(p, "y"), hasattr(p, "z"), getattr(p, "with space"))
delattr(p, "y")
print(vars(p), hasattr(p, "y"))
for call in (lambda: getattr(p, "nope"), lambda: delattr(p, "nope"), lambda: getattr(p, 5), lambda: setattr(p, 5, 1),
             lambda: hasattr(p, None), lambda: getattr(p), lambda: vars(5), lambda: vars(p, p), lambda: setattr(1, "a", 2),
             lambda: delattr(P, "gone"), lambda: getattr(1, "real", 2, 3)):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Boom:
    @property
    def bad(self):
        raise ValueError("inside property")
    @property
    def missing(self):
        raise AttributeError("really missing")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print("ValueError:", e)
print(hasattr(Boom(), "missing"), getattr(Boom(), "missing", "fallback"))
print(sorted(vars(P)), type(vars(P)).__name__)
print([n for n in dir(p) if not n.startswith("__")], dir(p) == sorted(dir(p)))
class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print("__dict__" in dir(P), "__slots__" in dir(Slotted), "a" in dir(Slotted))
