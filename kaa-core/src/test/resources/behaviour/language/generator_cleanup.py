# Cleanup inside generators: a with block suspended at a yield sees GeneratorExit on close(), a thrown exception,
# or a normal exit; try/finally around yield from; exceptions raised by the cleanup itself.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        return False

def reader(name):
    with Resource(name):
        yield 1
        yield 2

g = reader("closed early")
next(g)
g.close()

g = reader("thrown into")
next(g)
try:
    g.throw(ValueError("bad data"))
except ValueError as e:
    print("propagated", e)

print(list(reader("exhausted")))

def outer():
    try:
        yield from reader("delegated")
    finally:
        print("outer finally")

o = outer()
next(o)
o.close()

def cleanup_raises():
    try:
        yield 1
    finally:
        raise KeyError("cleanup failed")

c = cleanup_raises()
next(c)
try:
    c.close()
except KeyError as e:
    print("close raised", repr(e), repr(e.__context__))

def suppressing():
    class Suppress:
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            print("suppress", exc[0].__name__ if exc[0] else None)
            return True
    with Suppress():
        yield "inside"
    yield "after with"

s = suppressing()
print(next(s))
print(s.throw(RuntimeError("swallowed")))
s.close()
