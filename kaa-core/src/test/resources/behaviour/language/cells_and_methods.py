# cell objects: the constructor and comparisons by contents (empty first); a bound method's __doc__ is its function's;
# exec() puts the builtins dict in a namespace that has none
import types

empty, three = types.CellType(), types.CellType(3)
print(empty < three, three == types.CellType(3), three > types.CellType(2), empty == types.CellType(), three != empty)
print(sorted([types.CellType(5), empty, three], key=lambda c: c.cell_contents if c != empty else -1)[0] == empty)

class A:
    def f(self):
        "the docstring"
print(A().f.__doc__, A.f.__doc__)

g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__)
