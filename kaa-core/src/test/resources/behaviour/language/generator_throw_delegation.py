# throw() into a generator delegating with yield from: the frames, the context, gi_yieldfrom while running
import sys
import warnings


def names(frame):
    out = []
    while frame and frame.f_code.co_name in ("inner", "outer"):
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def inner():
    try:
        yield
    except ValueError:
        print("inner sees", names(sys._getframe()))
        yield "handled"


def outer():
    try:
        raise KeyError("a")
    except KeyError:
        print("running: gi_yieldfrom", gen.gi_yieldfrom)
        yield from inner()


gen = outer()
gen.send(None)
print(gen.gi_yieldfrom.__name__)
print(gen.throw(ValueError))


def plain():
    yield


def handler():
    try:
        raise KeyError("b")
    except KeyError:
        yield from plain()


g = handler()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print("context", repr(e.__context__))


class NotAnException(Exception):
    def __new__(cls, *args):
        return 5


g = plain()
next(g)
try:
    g.throw(NotAnException)
except TypeError as e:
    print(e)
g = plain()
next(g)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        g.throw(ValueError, ValueError(1), None)
    except ValueError as e:
        print(repr(e))
print([(w.category.__name__, str(w.message)) for w in caught])
