# subclasses of super, and a module-level name super that is not the built-in
class A:
    def meth(self):
        return "A"


class B(A):
    def meth(self):
        return "B" + MySuper(B, self).meth()


class MySuper(super):
    def __init__(self, *args):
        print("MySuper.__init__", len(args))
        super(MySuper, self).__init__(*args)


print(B().meth())
s = MySuper(B, B())
print(type(s).__name__, s.__thisclass__.__name__, s.__class__.__name__)
unbound = MySuper(B)
print(repr(unbound.__self__), type(unbound.__get__(B(), B)).__name__)
print(super.__new__(super).__thisclass__)


class Fake:
    def __init__(self, *args):
        print("Fake called with", len(args), "arguments")

    msg = "from Fake"


class C(A):
    def zero(self):
        return super().msg

    def two(self):
        return super(C, self).msg


super = Fake
print(C().zero())
print(C().two())
