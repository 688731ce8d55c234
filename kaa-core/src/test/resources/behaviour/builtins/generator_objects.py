# generator and coroutine objects: attributes while running and after, send/throw/close rules, names
def gen():
    print("  running:", g.gi_running, g.gi_frame is not None)
    received = yield 1
    print("  received", received)
    try:
        yield 2
    except KeyError as e:
        print("  caught", repr(e))
        yield "after throw"
    return "done"
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame.f_lineno > 0, g.gi_code is gen.__code__, g.gi_yieldfrom)
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send("hello"), g.throw(KeyError("k")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)
print(g.gi_frame, g.gi_running, list(g))
def closer():
    try:
        yield 1
    finally:
        print("  finally on close")
c = closer()
next(c)
print(c.close(), c.close(), list(c))
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
r = refuses()
next(r)
try:
    r.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def delegate():
    result = yield from gen2()
    yield ("delegate got", result)
def gen2():
    yield "inner"
    return "inner result"
d = delegate()
print(next(d), d.gi_yieldfrom is not None, type(d.gi_yieldfrom).__name__, next(d), d.gi_yieldfrom)
unstarted = gen()
print(unstarted.throw(ValueError, ValueError("x"), None) if False else "", unstarted.close(), unstarted.gi_frame)
try:
    gen().throw(TypeError("thrown into new generator"))
except TypeError as e:
    print("TypeError:", e)
async def coro():
    return "coroutine value"
co = coro()
print(type(co).__name__, co.__name__, co.cr_running, co.cr_await, co.cr_code is coro.__code__)
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
co2 = coro()
co2.close()
try:
    iter(co2)
except TypeError as e:
    print("TypeError:", e)
g3 = (x for x in [1])
print(type(g3).__name__, g3.__name__, g3.__qualname__, iter(g3) is g3, list(g3))
