# Default values are evaluated once, when the def runs, left to right; a mutable default is shared between calls.
order = []

def note(x):
    order.append(x)
    return x

def f(a=note(1), b=note(2), *, c=note(3)):
    return a, b, c

print(order)
print(f(), f(), order)

def append(item, into=[]):
    into.append(item)
    return into

print(append(1), append(2), append(3, []))
print(append.__defaults__)

def fresh(item, into=None):
    if into is None:
        into = []
    into.append(item)
    return into

print(fresh(1), fresh(2))

n = 10
def bound(x=n):
    return x

n = 20
print(bound())
bound.__defaults__ = (99,)
print(bound())

fs = [lambda i=i: i * i for i in range(4)]
print([g() for g in fs])
