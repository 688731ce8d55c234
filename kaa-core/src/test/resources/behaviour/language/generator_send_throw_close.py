# Generator methods: send before start, throw handled and unhandled, close with and without a yield in finally.
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.send(None), g.send("a"), g.throw(ValueError("v")), g.send("b"))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("finished after throw")

def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

c = cleanup()
print(next(c))
c.close()
c.close()
try:
    next(c)
except StopIteration:
    print("closed generator stops")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

e = catches_exit()
next(e)
e.close()

fresh = cleanup()
fresh.close()
print("closing an unstarted generator runs nothing")

def thrower():
    yield 1

t = thrower()
try:
    t.throw(ValueError)
except ValueError as exc:
    print("unstarted throw", repr(exc))
try:
    t.throw(TypeError("after"))
except TypeError as exc:
    print("a generator ended by throw stays ended:", exc)
print(next(t, "exhausted"))
