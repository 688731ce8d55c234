# An uncaught exception out of a coroutine driven by send(): the frames of the driver and both coroutines.
async def leaf():
    raise LookupError("nothing here")

async def middle():
    return await leaf()

def drive(coro):
    while True:
        coro.send(None)

drive(middle())
