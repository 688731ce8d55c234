# sys.settrace with generators and coroutines: call at every start and resumption, return at every yield (with the
# value) and at the end; send, yield from, throw, close, a coroutine driven by hand.
import sys

def show(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event == 'return':
        arg = repr(arg)
    else:
        arg = ''
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return show

def counter(n):
    i = 0
    while i < n:
        got = yield i
        i += 1 if got is None else got
    return 'done'

def delegate():
    r = yield from counter(2)
    yield r

def consume():
    for v in counter(2):
        print('got', v)
    g = counter(5)
    next(g)
    g.send(3)
    g.close()

async def coro(x):
    return x * 2

def drive():
    c = coro(4)
    try: c.send(None)
    except StopIteration as e:
        return e.value

sys.settrace(show)
consume()
print(list(delegate()))
print(drive())
sys.settrace(None)
