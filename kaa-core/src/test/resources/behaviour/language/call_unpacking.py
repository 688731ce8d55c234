# *args and **kwargs in definitions and unpacking in calls: several *, several **, order of evaluation.
def show(*args, **kwargs):
    return args, kwargs

print(show(*[1, 2], 3, *(4,), *"ab"))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(1, *range(3), x=1, **dict(y=2)))
print(show(*{}))
print(show(*(i for i in range(3))))

def log(x):
    print("eval", x)
    return x

show(log(1), *log([2]), k=log(3), **log({"m": 4}))

for call in [lambda: show(**{"a": 1}, a=2), lambda: show(**{"a": 1}, **{"a": 2}), lambda: show(*1),
             lambda: show(**[1]), lambda: show(**{1: 2})]:
    try:
        call()
    except TypeError as e:
        print(e)

def f(a, b, c):
    return a * 100 + b * 10 + c

print(f(*[1, 2], 3), f(1, **{"c": 3, "b": 2}), f(*(1,), *(2,), **{"c": 3}))
try:
    f(1, *[2], **{"b": 3, "c": 4})
except TypeError as e:
    print(e)

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()

print(show(**Mapping()))
args = (1,)
kwargs = {"z": 0}
print(show(*args, **kwargs), args, kwargs)
