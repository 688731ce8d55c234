def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield 3
    finally:
        print("inner finally")
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer r", r)
    yield 4
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped", e.value)
g2 = outer()
next(g2)
g2.close()
print("closed", g2.gi_frame)
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = ignore()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(e)
def running():
    yield g4.gi_running
g4 = running()
print(next(g4))
def reenter():
    yield next(g5)
g5 = reenter()
try:
    next(g5)
except ValueError as e:
    print(e)
def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value)
gen_exp = (x * x for x in [0, 1, 2, 3])
print(sum(gen_exp), list(x for x in ["a", "b"]))
def fresh():
    yield 1
f = fresh()
try:
    f.send(3)
except TypeError as e:
    print(e)
print(list(fresh()), list(f))
def exc_state():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        raise
es = exc_state()
next(es)
try:
    raise ValueError("outside")
except ValueError:
    try:
        next(es)
    except KeyError as e:
        print("reraised", repr(e), e.__context__ is None)
