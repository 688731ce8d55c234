# function objects: names, defaults, kwdefaults, closures and cells, annotations, __dict__, __code__ basics
def outer(a, b=2, *args, c, d=4, **kw):
    "outer's doc"
    x = 10
    def inner(y: int = 5) -> str:
        return a + x + y
    return inner
f = outer(1, c=3)
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__, outer.__module__)
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__, f())
print(type(f.__closure__).__name__, len(f.__closure__), [type(c).__name__ for c in f.__closure__], sorted(c.cell_contents for c in f.__closure__))
print(outer.__closure__, f.__code__.co_freevars, f.__code__.co_name, outer.__code__.co_varnames, outer.__code__.co_argcount)
print(outer.__code__.co_kwonlyargcount, outer.__code__.co_posonlyargcount, f.__globals__ is globals(), type(outer.__code__).__name__)
f.__defaults__ = (100,)
print(f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
outer.__kwdefaults__ = {"c": "kw"}
print(outer(1)().__class__.__name__ if False else outer.__kwdefaults__)
f.attr = "function attribute"
print(f.__dict__, vars(f))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
for call in (lambda: setattr(f, "__name__", 5), lambda: setattr(f, "__defaults__", [1]),
             lambda: setattr(f, "__closure__", None), lambda: setattr(f, "__dict__", 5), lambda: delattr(f, "__name__")):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def make_empty_cell():
    def g():
        return later
    cells = g.__closure__
    later = 1
    del later
    return cells[0]
cell = make_empty_cell()
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
cell.cell_contents = "set from outside"
print(cell.cell_contents)
lam = lambda q, /, r=1: q
print(lam.__name__, lam.__qualname__, lam.__code__.co_posonlyargcount, lam.__defaults__, lam(0))
def annotated(a: "A", *b: int, c: float = 1.0, **d: str) -> None:
    pass
print(annotated.__annotations__)
def gen():
    yield
async def coro():
    pass
print(type(gen).__name__, type(coro).__name__, gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0)
print(callable(f), f.__get__(None, int) is f, type(f.__get__(1)).__name__, f.__get__(1).__self__)
