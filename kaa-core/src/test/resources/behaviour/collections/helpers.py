# _collections._tuplegetter (namedtuple's field descriptors) and _count_elements (Counter's loop)
from _collections import _tuplegetter, _count_elements

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = Point((3, 4))
print(p.x, p.y, Point.x, Point.x.__doc__, Point.x.__reduce__())
Point.y.__doc__ = 'the y'
print(Point.y.__doc__)
show(lambda: setattr(p, 'x', 1))
show(lambda: delattr(p, 'x'))
show(lambda: Point(()).x)
show(lambda: Point.x.__get__(1))
show(lambda: _tuplegetter())
show(lambda: _tuplegetter(0, 'd', 1))
print(Point.x.__get__(None, Point) is Point.x, type(Point.x).__name__, type(Point.x).__module__)

counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
class Counting(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
c = Counting()
_count_elements(c, 'aab')
print(c)
class Getting(dict):
    def get(self, k, default=None):
        return 10
g = Getting()
_count_elements(g, 'xx')
print(g)
show(lambda: _count_elements({}, 1))
show(lambda: _count_elements({}, [[]]))
show(lambda: _count_elements({'a': 'x'}, 'a'))
