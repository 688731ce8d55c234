# aiter() and anext() (3.10+): with async iterators and generators, anext's default, and their type errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def numbers():
    yield 1
    yield 2

class Manual:
    def __init__(self):
        self.left = 2
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return self.left

class StopsAfterSuspending:
    def __await__(self):
        raise StopAsyncIteration
        yield

class CustomAwaitables:
    def __aiter__(self):
        return self
    def __anext__(self):
        return StopsAfterSuspending()

class Suspend:
    def __await__(self):
        yield "suspended"

class SlowIterator:
    def __init__(self):
        self.left = 1
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return "slow value"

async def main():
    it = aiter(numbers())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    m = Manual()
    print(aiter(m) is m, await anext(m), await anext(m), await anext(m, None))
    for bad in (lambda: aiter([1]), lambda: anext(iter([1])), lambda: aiter(5)):
        try:
            bad()
        except TypeError as e:
            print(e)
    print(await anext(CustomAwaitables(), "default from a custom awaitable"))
    try:
        await anext(CustomAwaitables())
    except StopAsyncIteration:
        print("no default: StopAsyncIteration")
    slow = SlowIterator()
    print(await anext(slow, "slow default"), await anext(slow, "slow default"))
    awaitable = anext(numbers(), "d")
    print(type(awaitable).__name__ in ("anext_awaitable", "async_generator_asend"))
    return "done"

print(run(main()))
