def f(a, b=1, *, c=2) -> int:
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__['c'])
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__annotations__['return'] is int)
f.__name__ = "g"
print(f.__name__, f.__module__)
f.attr = 5
print(f.attr, f.__dict__['attr'])
def outer():
    x = 1
    def inner():
        return x
    return inner
i = outer()
print(i.__qualname__, len(i.__closure__), i.__closure__[0].cell_contents, i.__code__.co_freevars)
print(outer.__code__.co_cellvars)
class C:
    def m(self):
        return 1
c = C()
print(c.m.__self__ is c, c.m.__func__ is C.m, c.m.__name__, c.m.__qualname__)
print(c.m == c.m, c.m != C().m)
def gen():
    yield 1
g = gen()
print(g.__name__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_suspended)
next(g)
print(g.gi_suspended)
for x in g: pass
print(g.gi_frame)
def tb():
    try:
        zz
    except NameError as e:
        t = e.__traceback__
        return t.tb_lineno, t.tb_frame.f_code.co_name, t.tb_next is None
print(tb())
