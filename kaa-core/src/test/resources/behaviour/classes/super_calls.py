# super() with no arguments and with explicit ones, cooperative multiple inheritance
class Base:
    def __init__(self):
        self.trace = ["Base"]

    def greet(self):
        return "Base"

    @classmethod
    def make(cls):
        return "made " + cls.__name__


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Left")

    def greet(self):
        return "Left>" + super().greet()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Right")

    def greet(self):
        return "Right>" + super().greet()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trace.append("Diamond")

    def greet(self):
        return "Diamond>" + super().greet()

    @classmethod
    def make(cls):
        return "Diamond " + super().make()


d = Diamond()
print(d.trace, d.greet())
print(super(Left, d).greet(), super(Right, d).greet())
print(Diamond.make())
s = super(Left, d)
print(s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
print(repr(super(Base, d)).split(",")[0])
print(super(Diamond, Diamond).make())
try:
    super(Diamond, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, d)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Base, d).missing
except AttributeError as e:
    print("AttributeError:", e)
