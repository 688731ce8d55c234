"""asyncio: coroutines, tasks, gather, sleep ordering, timeouts, cancellation, as_completed."""
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.3, log), worker("b", 0.1, log), worker("c", 0.2, log))
    print(results)
    print(log)
    task = asyncio.create_task(worker("slow", 10, log), name="slow-task")
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.get_name())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout context")
    order = []
    for coro in asyncio.as_completed([worker(n, d, order) for n, d in [("x", 0.3), ("y", 0.1)]]):
        print("completed", await coro)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("g1", 0.01, log))
        t2 = tg.create_task(worker("g2", 0.0, log))
    print(t1.result(), t2.result())
    res = await asyncio.gather(worker("ok", 0, log), asyncio.sleep(0, result=5), return_exceptions=True)
    print(res)
    async def boom():
        raise ValueError("boom")
    print(await asyncio.gather(boom(), return_exceptions=True))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)
    print(await asyncio.shield(worker("shielded", 0, log)))
    return "main done"

print(asyncio.run(main()))
