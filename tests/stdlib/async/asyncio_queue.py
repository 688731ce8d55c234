"""asyncio producer/consumer with Queue, Event, Lock, Semaphore, and async generators/comprehensions."""
import asyncio

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)

async def consumer(queue, results):
    while (item := await queue.get()) is not None:
        results.append(item * item)
        queue.task_done()
    queue.task_done()

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 6), consumer(q, results))
    print(results, q.empty())
    event = asyncio.Event()
    async def waiter(tag):
        await event.wait()
        return tag
    tasks = [asyncio.create_task(waiter(t)) for t in "abc"]
    await asyncio.sleep(0)
    event.set()
    print(await asyncio.gather(*tasks))
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print(counter)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0
    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("peak", peak)
    print([x async for x in ticker(4)], [x * 2 async for x in ticker(3) if x])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

asyncio.run(main())
