# Coroutines driven by hand: async def/await on a tiny event loop built from send(), awaitables with __await__.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks

async def worker(name, ticks, log):
    log.append(f"{name} start")
    waited = await Sleep(ticks)
    log.append(f"{name} waited {waited}")
    return name.upper()

def run_all(coros):
    results = {}
    ready = list(coros.items())
    while ready:
        name, coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as stop:
            results[name] = stop.value
        else:
            ready.append((name, coro))
    return results

log = []
print(run_all({"a": worker("a", 2, log), "b": worker("b", 1, log), "c": worker("c", 0, log)}))
print(log)

async def nested():
    first = await worker("inner", 1, [])
    return first + "!"

coro = nested()
print(type(coro).__name__, coro.cr_running, coro.cr_code.co_name)
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)

async def fails():
    await Sleep(1)
    raise ValueError("inside coroutine")

f = fails()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print("raised", e)

try:
    f.send(None)
except RuntimeError as e:
    print(e)

async def simple():
    return 1

s = simple()
try:
    next(s)
except TypeError as e:
    print(e)
s.close()

class BadAwait:
    def __await__(self):
        return 5

async def await_bad():
    await BadAwait()

try:
    await_bad().send(None)
except TypeError as e:
    print(e)

async def await_int():
    await 3

try:
    await_int().send(None)
except TypeError as e:
    print(e)

c = simple()
print(c.throw.__name__, c.cr_await, c.cr_frame is not None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("throw into unstarted coroutine", repr(e))
