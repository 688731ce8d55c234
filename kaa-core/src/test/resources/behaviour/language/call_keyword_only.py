# Keyword-only parameters: after * or *args, with and without defaults, and their error messages.
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, c=0, b=2))
print(f.__kwdefaults__)

def g(*args, key, **rest):
    return args, key, rest

print(g(1, 2, key="k", other=1))

for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: g(1, 2), lambda: f(1, b=2, d=4),
             lambda: f(b=2), lambda: f(1, b=1, **{"b": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)

def many(*, x, y, z):
    pass

try:
    many()
except TypeError as e:
    print(e)
try:
    many(y=1)
except TypeError as e:
    print(e)

f.__kwdefaults__ = {"b": 20, "c": 30}
print(f(1))
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
