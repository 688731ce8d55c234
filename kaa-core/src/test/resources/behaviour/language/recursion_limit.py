# RecursionError is caught and the program goes on: in plain calls, __repr__, __getattr__ and the repr of a deeply
# nested list (CPython's separate C recursion limit); a lowered limit applies at once.
import sys

print(sys.getrecursionlimit())

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth()
print(900 < d < 1000)

def infinite():
    return infinite()

try:
    infinite()
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

print("still running", sum(range(10)))

class Recursive:
    def __repr__(self):
        return repr(self)

try:
    repr(Recursive())
except RecursionError as e:
    print("repr:", e)

class Attr:
    def __getattr__(self, name):
        return self.missing

try:
    Attr().x
except RecursionError as e:
    print("getattr:", e)

sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), 150 < depth() < 200)
sys.setrecursionlimit(1000)

nested = []
for _ in range(100_000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("deep repr:", e)
