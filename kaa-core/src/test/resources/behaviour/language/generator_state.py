# Generator introspection: gi_frame, gi_running, gi_suspended, gi_code, gi_yieldfrom; re-entry is an error.
def gen():
    print("running inside:", g.gi_running)
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_code.co_name)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, g.gi_suspended)
print(g.__name__, g.__qualname__)

def reenter():
    yield next(r)

r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)

def sub():
    yield 1

def deleg():
    yield from s

s = sub()
d = deleg()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom is s)

class Holder:
    def items(self):
        yield self

print(Holder.items.__qualname__, Holder().items().__qualname__)
h = Holder().items()
h.__name__ = "renamed"
print(h.__name__)
try:
    h.__name__ = 5
except TypeError as e:
    print(e)
print(type(g).__name__, repr(g).startswith("<generator object gen at 0x"))
