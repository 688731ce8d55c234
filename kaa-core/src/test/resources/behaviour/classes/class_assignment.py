# obj.__class__ = Other between compatible classes only
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S:
    __slots__ = ("x",)


a = A()
a.data = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.data, isinstance(a, B))
for target, value in ((a, S), (1, A), (a, 1), (a, int), (object(), A)):
    try:
        target.__class__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
print(a.__class__.__name__, A().__class__ is A, (1).__class__, type.__class__)
