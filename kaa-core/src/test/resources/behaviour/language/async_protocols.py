class Sleep:
    def __await__(self):
        yield "sleep"
async def worker(name, n):
    total = 0
    for i in [1, 2, 3][:n]:
        await Sleep()
        total += i
    return f"{name}{total}"
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(worker("a", 3)))
async def agen():
    for i in [1, 2]:
        await Sleep()
        yield i
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(consume()))
class ACtx:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *a):
        print("aexit", a[0] is None)
        return False
async def use():
    async with ACtx() as c:
        await Sleep()
    return "used"
print(run(use()))
async def ag2():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("ag finally")
async def drive():
    g = ag2()
    print(await g.__anext__())
    print(await g.asend("s"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "ok"
print(run(drive()))
async def simple():
    return 1
c = simple()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def awaits_bad():
    await 5
try:
    run(awaits_bad())
except TypeError as e:
    print(e)
print(type(c).__name__, type(agen()).__name__)
