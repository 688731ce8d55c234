# async for and async with, driven by send(): __aiter__/__anext__, __aenter__/__aexit__, StopAsyncIteration.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.suppress

async def main():
    total = 0
    async for v in Ticker(4):
        total += v
    else:
        print("loop else, total", total)
    async with Resource("r1") as r:
        print("inside", r)
    async with Resource("r2", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Resource("r3"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    async with Resource("a") as a, Resource("b") as b:
        print("both", a, b)
    print([x async for x in Ticker(3)])
    return "done"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

async def bad_iter():
    async for x in [1, 2]:
        pass

async def bad_with():
    async with object():
        pass

for f in (bad_iter, bad_with):
    try:
        run(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def wrong_protocol():
    async with SyncOnly():
        pass

try:
    run(wrong_protocol())
except TypeError as e:
    print(e)
