# A built-in whose constructor takes no keywords lets a subclass with its own __init__ take them (they are for that
# __init__); without one, or from the built-in itself, they are refused. Subclasses' instances are of the subclass.
import itertools

cases = [(float, (2.5,)), (tuple, ([1, 2],)), (frozenset, ([1],)), (set, ([1],)), (list, ([1],)),
         (map, (str, [1, 2])), (filter, (None, [0, 1])), (reversed, ((1, 2),)), (enumerate, ("ab",)),
         (zip, ([1], [2])), (itertools.chain, ([1], [2])), (itertools.takewhile, (bool, [1, 0])),
         (itertools.islice, ([1, 2, 3], 2))]
for cls, args in cases:
    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    class WithNew(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self

    for made in (lambda: cls(*args, newarg=3), lambda: Plain(*args, newarg=3)):
        try:
            made()
            print(cls.__name__, "accepted")
        except TypeError as e:
            print("TypeError:", e)
    u = Plain(*args)
    print(type(u).__name__, list(u) if cls is not float else u)
    for sub in (WithInit, WithNew):
        try:
            u = sub(*args, newarg=3)
            print(type(u).__name__, u.newarg, list(u) if cls is not float else u)
        except TypeError as e:
            print(sub.__name__, "TypeError:", e)
