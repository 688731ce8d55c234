# lambda: defaults and keyword-only parameters, closures over loop variables, names and reprs, nested lambdas.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
k = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(k(1, c=3), k(1, 5, 6, 7, c=8, e=9))
print(k.__name__, k.__qualname__, k.__defaults__, k.__kwdefaults__, k.__code__.co_varnames)
adder = lambda x: lambda y: x + y
print(adder(3)(4), adder.__code__.co_name)
print((lambda: (yield 1))().__next__())
print((lambda *a, **kw: (a, kw))(1, x=2))
print((lambda x, /, y: x - y)(10, y=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: "no docstring").__doc__)
class C:
    f = lambda self: self.__class__.__name__
    g = staticmethod(lambda: "static lambda")
print(C().f(), C.g(), C.f.__qualname__)
def outer():
    return lambda: 0
print(outer().__qualname__)
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
print((lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)() == [])
