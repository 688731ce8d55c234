# A small event loop written in Python (no asyncio): tasks, futures, sleeping by ticks, gather, cancellation by
# throw(), exceptions crossing tasks, async generators as streams and async context managers, all driven by send().
class Cancelled(Exception):
    pass

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []
    def set_result(self, value):
        self.done, self.result = True, value
        for task in self.waiters:
            loop.ready.append(task)
    def set_error(self, error):
        self.done, self.error = True, error
        for task in self.waiters:
            loop.ready.append(task)
    def __await__(self):
        if not self.done:
            yield self
        if self.error is not None:
            raise self.error
        return self.result

class Task(Future):
    def __init__(self, coro, name):
        super().__init__()
        self.coro, self.name = coro, name
        self.pending_throw = None
    def step(self):
        try:
            if self.pending_throw is not None:
                error, self.pending_throw = self.pending_throw, None
                awaited = self.coro.throw(error)
            else:
                awaited = self.coro.send(None)
        except StopIteration as stop:
            loop.log.append(f"{self.name} returned {stop.value!r}")
            self.set_result(stop.value)
        except Exception as error:
            loop.log.append(f"{self.name} raised {error!r}")
            self.set_error(error)
        else:
            awaited.waiters.append(self)
    def cancel(self):
        self.pending_throw = Cancelled(self.name)
        loop.ready.append(self)

class Loop:
    def __init__(self):
        self.ready, self.sleeping, self.log, self.tick = [], [], [], 0
    def spawn(self, coro, name):
        task = Task(coro, name)
        self.ready.append(task)
        return task
    def sleep(self, ticks):
        future = Future()
        self.sleeping.append((self.tick + ticks, future))
        return future
    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                task = self.ready.pop(0)
                if not task.done:
                    task.step()
            self.tick += 1
            due = [f for t, f in self.sleeping if t <= self.tick]
            self.sleeping = [(t, f) for t, f in self.sleeping if t > self.tick]
            for future in due:
                future.set_result(self.tick)

loop = Loop()

async def gather(*tasks):
    return [await t for t in tasks]

async def worker(name, ticks):
    woke = await loop.sleep(ticks)
    return f"{name} woke at {woke}"

async def failing():
    await loop.sleep(1)
    raise ValueError("worker failed")

async def stubborn():
    try:
        while True:
            await loop.sleep(1)
    except Cancelled as c:
        loop.log.append(f"stubborn cleaning up after {c}")
        return "cancelled cleanly"

async def ticker(n):
    for i in range(n):
        await loop.sleep(1)
        yield i

class Session:
    async def __aenter__(self):
        await loop.sleep(1)
        loop.log.append("session open")
        return self
    async def __aexit__(self, kind, value, tb):
        loop.log.append(f"session closed ({kind.__name__ if kind else 'no error'})")
        return kind is KeyError

async def main():
    a = loop.spawn(worker("a", 3), "a")
    b = loop.spawn(worker("b", 1), "b")
    print(await gather(a, b))
    f = loop.spawn(failing(), "failing")
    try:
        await f
    except ValueError as e:
        print("main saw", repr(e))
    s = loop.spawn(stubborn(), "stubborn")
    await loop.sleep(2)
    s.cancel()
    print(await s)
    print([v async for v in ticker(3)])
    async with Session():
        raise KeyError("suppressed by __aexit__")
    print("after session, tick", loop.tick)
    return "main done"

loop.spawn(main(), "main")
loop.run()
print("\n".join(loop.log))
