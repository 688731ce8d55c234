# Assigning a function's __code__: the function runs the new code under its own name; free variables must match.
def g():
    return "g's code"

def h():
    return "h's code"

g.__code__ = h.__code__
print(g(), g.__name__, g.__code__.co_name)

def needs_closure():
    x = 1
    def inner():
        return x
    return inner

try:
    g.__code__ = needs_closure().__code__
except ValueError as e:
    print(e)
