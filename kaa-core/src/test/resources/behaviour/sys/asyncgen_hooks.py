# sys.set_asyncgen_hooks: firstiter sees each async generator once, on its first anext/asend/athrow/aclose;
# the hooks are checked and kept per thread; a types.coroutine generator can be awaited.
import sys
import types

seen = []
print(sys.get_asyncgen_hooks())
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(firstiter=lambda agen: seen.append(agen.__name__), finalizer=print)
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, hooks.finalizer is print, hooks[1] is print)


@types.coroutine
def pause():
    yield "paused"


async def numbers(n):
    for i in range(n):
        await pause()
        yield i


async def collect():
    return [i async for i in numbers(2)] + [i async for i in numbers(1)]


def drive(coro):
    steps = 0
    try:
        while True:
            assert coro.send(None) == "paused"
            steps += 1
    except StopIteration as stop:
        return stop.value, steps


print(drive(collect()), seen)
agen = numbers(3)
agen.aclose().close()
print(seen)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is print)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
