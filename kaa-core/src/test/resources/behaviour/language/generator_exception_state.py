# The handled exception (sys.exception()) seen from generators: saved across yields, restored for the caller.
import sys

def gen():
    try:
        raise ValueError("inside generator")
    except ValueError:
        print("in gen, handling:", repr(sys.exception()))
        yield 1
        print("resumed, still handling:", repr(sys.exception()))
    print("after except in gen:", sys.exception())
    yield 2

g = gen()
next(g)
print("caller sees:", sys.exception())
try:
    raise KeyError("caller")
except KeyError:
    next(g)
    print("caller after resume:", repr(sys.exception()))
print(next(g, "end"))

def sees_caller():
    yield repr(sys.exception())

try:
    raise TypeError("outer")
except TypeError:
    print("generator sees the caller's:", next(sees_caller()))

def raise_in_gen():
    yield
    raise RuntimeError("from generator")

r = raise_in_gen()
next(r)
try:
    raise IndexError("handling")
except IndexError:
    try:
        next(r)
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))

def bare_raise_in_gen():
    try:
        raise LookupError("saved")
    except LookupError:
        yield "suspended in except"
        raise

b = bare_raise_in_gen()
print(next(b))
try:
    next(b)
except LookupError as e:
    print("re-raised after resume:", repr(e))
