# Special methods are looked up on the class, and changing the class changes the behaviour
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"


n = Num(1)
n.__repr__ = lambda: "instance repr is ignored"
print(repr(n))
Num.__add__ = lambda self, other: Num(self.v + other.v)
print(n + Num(2))


class Sub(Num):
    pass


print(Sub(5) + Sub(6))
Num.__len__ = lambda self: self.v
print(len(Sub(3)), bool(Sub(0)))
del Num.__len__
try:
    len(Sub(3))
except TypeError as e:
    print("TypeError:", e)


class Callable:
    def __call__(self, *args, **kwargs):
        return ("called", args, kwargs)


print(Callable()(1, k=2))
try:
    Num(1)()
except TypeError as e:
    print("TypeError:", e)
