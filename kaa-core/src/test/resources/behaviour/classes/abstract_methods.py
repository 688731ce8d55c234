# Classes with abstract methods cannot be instantiated (through abc's __abstractmethods__)
class Shape:
    pass


Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
del Shape.__abstractmethods__
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
