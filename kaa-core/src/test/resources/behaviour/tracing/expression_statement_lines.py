# An expression statement's lines: the value is discarded on the line the expression ended on (a parenthesised
# call spread over lines has no instruction on the bracket's line), also after an await; a finished frame's
# f_lineno is the line it returned on.
import asyncio
import sys

def call():
    (
        print('called')
    )

first = call.__code__.co_firstlineno
print(sorted({line - first for _, _, line in call.__code__.co_lines() if line is not None}))

TRUE = True
frame = None

def save_caller_frame():
    global frame
    frame = sys._getframe(1)

def ends_in_if(x):
    x()
    if TRUE:
        pass

def ends_in_else(x):
    x()
    if not TRUE:
        pass
    else:
        y = 1

for fn in (ends_in_if, ends_in_else):
    fn(save_caller_frame)
    print(fn.__name__, frame.f_lineno - frame.f_code.co_firstlineno)

async def two_awaits():
    q = asyncio.Queue()
    await q.put(1); await q.get()
    return 1

def trace(f, event, arg):
    if f.f_code.co_name == 'two_awaits':
        print(' ', event, f.f_lineno - f.f_code.co_firstlineno)
    return trace

sys.settrace(trace)
asyncio.run(two_awaits())
sys.settrace(None)
