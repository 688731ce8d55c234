def f(x):
    try:
        a = 1
    except ValueError as e:
        return e
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        b = 2
    finally:
        c = 3
    for i in x:
        try:
            if i: break
            if x: continue
            return i
        finally:
            print(i)
    with open(x) as f, g() as (h, k):
        return f
    while x:
        with x:
            break
    try:
        pass
    finally:
        try:
            return 1
        finally:
            del x
async def g(y):
    async with y as z:
        return z
    async for a in y:
        break
    else:
        return 2
