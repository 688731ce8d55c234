# A class statement makes a class; calling it makes an instance with its own attributes
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, p.norm1(), p.dims, Point.dims)
print(type(p) is Point, type(Point) is type, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__, Point.__bases__, Point.__base__, Point.__mro__)
print(repr(Point))
print(sorted(p.__dict__.items()))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print(type(Point.__dict__).__name__, Point.__dict__["dims"])
