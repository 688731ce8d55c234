# Zero-argument super(): in methods, classmethods, nested functions and comprehensions, and where it fails.
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return f"base make {cls.__name__}"
    def __repr__(self):
        return "Base()"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def make(cls):
        return "child+" + super().make()
    def in_comprehension(self):
        return [super().greet() for _ in range(2)]
    def in_lambda(self):
        return (lambda self=self: super().greet())(), (lambda: "no super here")()
    def in_nested_function(self):
        def nested():
            return super().greet()
        try:
            return nested()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def in_generator(self):
        yield super().greet()
    def explicit(self):
        return super(Child, self).greet(), super(Base, self).__repr__()[:1]

c = Child()
print(c.greet(), Child.make(), c.in_comprehension(), c.in_lambda())
print(c.in_nested_function(), next(c.in_generator()), c.explicit())
print(type(super(Child, c)).__name__, repr(super(Child, c))[:30])

def outside():
    return super()

try:
    outside()
except RuntimeError as e:
    print(e)

class NoArgs:
    def method():
        return super()

try:
    NoArgs.method()
except RuntimeError as e:
    print(e)

class Deleted:
    def m(self):
        del self
        return super()

try:
    Deleted().m()
except (RuntimeError, UnboundLocalError) as e:
    print(type(e).__name__, e)

try:
    super(Child, 5)
except TypeError as e:
    print(e)
try:
    super(1, c)
except TypeError as e:
    print(e)
print(super(Child, Child).make(), Child.__mro__[1].__name__)

class Unrelated:
    pass

try:
    super(Unrelated, c)
except TypeError as e:
    print(e)

class Grand(Child):
    def greet(self):
        return "grand+" + super().greet()

print(Grand().greet(), super(Child, Grand()).greet())
