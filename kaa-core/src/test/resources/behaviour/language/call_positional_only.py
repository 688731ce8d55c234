# Positional-only parameters: the names stay free for **kwargs, and passing them by keyword is an error.
def f(a, b, /, c, d=4):
    return (a, b, c, d)

print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, d=5))

def g(a, /, **kw):
    return a, kw

print(g(1, a=2))
print(g(1, b=2, a=3))

for call in [lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: f(1), lambda: f(1, 2),
             lambda: f(1, 2, 3, 4, 5), lambda: g(), lambda: g(a=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def defaults_only(a=1, b=2, /):
    return a + b

print(defaults_only(), defaults_only(10), defaults_only(10, 20))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)

class C:
    def m(self, x, /):
        return x

print(C().m(5))
try:
    C().m(x=5)
except TypeError as e:
    print(e)
