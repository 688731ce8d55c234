# __class__ inside methods is the class being defined (the implicit cell)
class A:
    def cls(self):
        return __class__

    def sup(self):
        return super()


class B(A):
    pass


print(A().cls() is A, B().cls() is A)
print(type(B().sup()).__name__, B().sup().__thisclass__.__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)


class WithCell(metaclass=Meta):
    def f(self):
        return __class__


print(WithCell().f() is WithCell, "__classcell__" in WithCell.__dict__)
