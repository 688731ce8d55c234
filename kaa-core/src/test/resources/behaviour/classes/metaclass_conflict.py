# The most derived metaclass wins; unrelated metaclasses conflict
class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(metaclass=M3):
    pass


try:
    class D(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class E(A, C):
    pass


print(type(E).__name__)
X = type("X", (C,), {})
print(type(X).__name__, X.__mro__)
try:
    type("Y", (A, B), {})
except TypeError as e:
    print("TypeError:", e)
