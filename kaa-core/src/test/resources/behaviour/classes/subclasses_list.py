# __subclasses__ lists the direct subclasses, in creation order
class Root:
    pass


class A(Root):
    pass


class B(Root):
    pass


class C(A, B):
    pass


print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in C.__subclasses__()])
print(bool in int.__subclasses__())
