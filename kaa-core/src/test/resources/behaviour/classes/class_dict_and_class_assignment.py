# __dict__ replacement, __class__ assignment rules, type attributes and their errors
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.x = 1
a.__dict__ = {"y": 2}
print(hasattr(a, "x"), a.y, vars(a))
for bad in (5, None, [1]):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
for bad in (int, 5, object):
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
class S1:
    __slots__ = ("v",)
class S2:
    __slots__ = ("v",)
class S3:
    __slots__ = ("w",)
s = S1()
s.__class__ = S2
print(type(s).__name__)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
A.new_attr = "added"
print(a.__class__.__name__, A.new_attr, "new_attr" in A.__dict__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, A().__class__.__name__)
A.__qualname__ = "Outer.Renamed"
print(A.__qualname__, repr(A))
for call in (lambda: setattr(A, "__name__", 5), lambda: setattr(A, "__qualname__", None), lambda: setattr(int, "x", 1),
             lambda: setattr(A, "__dict__", {}), lambda: delattr(A, "__name__"), lambda: setattr(list, "append", None)):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
A.__doc__ = "new doc"
print(A.__doc__, A.__module__)
