# Asynchronous comprehensions: async for in any generator, await in the element, inlined or not.
async def inlined(y, z):
    a = [x async for x in y]
    b = {x: 1 async for x in y if x for w in z}
    d = [await x for x in z]
    e = [x for x in z async for w in y]
    return a, b, d, e


async def generator_expressions(y):
    c = (x async for x in y)
    g = (await x for x in y)
    return c, g


def outside_a_coroutine(y):
    return (x async for x in y if x)


async def nested(rows):
    return [[cell async for cell in row] async for row in rows]
