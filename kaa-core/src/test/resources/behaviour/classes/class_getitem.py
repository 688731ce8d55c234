# __class_getitem__ is an implicit classmethod; subscripting a class without it fails
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class Sub(Box):
    pass


print(Box[int], Sub["x"], type(Box.__dict__["__class_getitem__"]).__name__)


class Nothing:
    pass


try:
    Nothing[int]
except TypeError as e:
    print("TypeError:", e)


class Both:
    def __getitem__(self, k):
        return "instance " + repr(k)

    def __class_getitem__(cls, k):
        return "class " + repr(k)


print(Both()[1], Both[1])
