class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def value(v):
    return v

async def main():
    a = [x async for x in AIter(3)]
    b = {x: x * x async for x in AIter(3) if x > 1}
    g = (x * 10 async for x in AIter(2))
    c = [y async for y in g]
    d = [await value(x) for x in [7, 8]]
    e = [(x, w) for x in [1, 2] async for w in AIter(x)]
    return a, b, c, d, e

async def nested():
    return await lazy_wrapper()

async def lazy_wrapper():
    return [[x async for x in AIter(n)] async for n in AIter(2)]

for co in (main(), nested()):
    try:
        co.send(None)
    except StopIteration as e:
        print(e.value)
