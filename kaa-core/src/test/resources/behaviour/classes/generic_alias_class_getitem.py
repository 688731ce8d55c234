# generic aliases from built-in classes and __class_getitem__ on user classes: repr, attributes, equality, errors
aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int], list["Fwd"]]
for a in aliases:
    print(repr(a), a.__origin__.__name__, a.__args__)
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), type(list[int]()).__name__, list[int].__parameters__)
for call in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: int[str],
             lambda: object[int], lambda: list[int][str]):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(list[int] | None, int | str, type(int | str).__name__, (int | str).__args__, int | int, (int | None) == (None | int))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float))
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}] via {cls.__name__}"
class SubBox(Box):
    pass
print(Box[int], SubBox["x"], Box[1, 2], Box[()])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
class NotGeneric:
    pass
try:
    NotGeneric[int]
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __getitem__(cls, item):
        return "metaclass __getitem__ wins: " + repr(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[5])
class ExplicitClassmethod:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit", cls.__name__, item)
print(ExplicitClassmethod[int])
