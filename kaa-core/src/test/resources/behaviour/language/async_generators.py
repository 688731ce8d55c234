# Async generators: asend/athrow/aclose awaitables, yield inside async for, finally on aclose, ag_ attributes.
def run(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("awaitable suspended")

async def agen():
    try:
        x = yield 1
        print("received", x)
        y = yield 2
        print("received", y)
    finally:
        print("agen finally")

g = agen()
print(type(g).__name__, g.ag_running, g.ag_code.co_name)
print(run(g.asend(None)))
print(run(g.asend("hello")))
try:
    run(g.asend("world"))
except StopAsyncIteration:
    print("StopAsyncIteration")

g2 = agen()
print(run(g2.__anext__()))
print(run(g2.aclose()))

async def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"handled {e}"

c = catcher()
run(c.asend(None))
print(run(c.athrow(ValueError("boom"))))
print(run(c.asend(None)))

async def counter(n):
    for i in range(n):
        yield i

async def consume():
    out = []
    async for v in counter(4):
        out.append(v)
    return out, [v * 10 async for v in counter(3)]

print(run(consume()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

bad = ignores_exit()
run(bad.asend(None))
try:
    run(bad.aclose())
except RuntimeError as e:
    print(e)

async def returns_value():
    yield 1

print(returns_value.__name__, hasattr(returns_value(), "__aiter__"), hasattr(returns_value(), "__next__"))
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
