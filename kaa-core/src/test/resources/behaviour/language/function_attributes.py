# Function objects: __dict__, __defaults__/__kwdefaults__ mutation, __globals__, __builtins__, read-only attributes.
def f(a, b=2, *, c=3):
    return a, b, c

f.custom = "attribute"
print(f.__dict__, f.custom, sorted(vars(f)))
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)

def needs_closure():
    x = 1
    def inner():
        return x
    return inner

print(f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__, f.__module__)
print(type(f).__name__, f.__closure__, needs_closure().__closure__[0].cell_contents)
f.__module__ = "elsewhere"
print(f.__module__, repr(f)[:16])
try:
    del f.__name__
except TypeError as e:
    print(e)
try:
    f.__dict__ = 5
except TypeError as e:
    print(e)
f.__dict__ = {"replaced": True}
print(f.replaced)
try:
    f.__closure__ = None
except AttributeError as e:
    print(e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(e)
print(callable(f), f.__call__.__name__, f.__get__(None, int) is f, f.__get__(5)().__class__.__name__ if False else "")
print(f.__type_params__, f.__annotations__, f.__doc__)
