# Coroutine and async generator objects through their states: cr_running/cr_suspended/cr_await/cr_frame, the
# __await__() wrapper, ag_running/ag_await, and re-entry errors.
class Yield:
    def __await__(self):
        value = yield "suspended"
        return value

async def child():
    return await Yield()

async def parent():
    return await child()

p = parent()
print(p.cr_running, p.cr_suspended, p.cr_await, p.cr_frame is not None, p.cr_code.co_name)
print(p.send(None))
print(p.cr_running, p.cr_suspended, type(p.cr_await).__name__, p.cr_await.cr_await is not None)
try:
    p.send("resume value")
except StopIteration as e:
    print("result", e.value)
print(p.cr_frame, p.cr_await, p.cr_suspended)

c = child()
w = c.__await__()
print(type(w).__name__, next(w), iter(w) is w)
try:
    w.send("via wrapper")
except StopIteration as e:
    print("wrapper result", e.value)
try:
    next(w)
except RuntimeError as e:
    print(e)

async def inner_running():
    try:
        outer.send(None)
    except ValueError as e:
        return str(e)

outer = inner_running()
try:
    outer.send(None)
except StopIteration as e:
    print("re-entry:", e.value)

async def agen():
    yield await Yield()

g = agen()
print(g.ag_running, g.ag_await, g.ag_frame is not None)
step = g.asend(None)
print(step.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    g.asend(None).send(None)
except RuntimeError as e:
    print(e)
try:
    step.send("done")
except StopIteration as e:
    print("yielded", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print(e)
c2 = child()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
