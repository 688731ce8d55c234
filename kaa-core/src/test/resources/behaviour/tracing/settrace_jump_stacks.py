# frame.f_lineno = n where the stack decides, as CPython 3.12's: into an except block (each kind of except line)
# and into an async for's body, refused with CPython's messages; past a method call's NULL slot, refused; from a
# yield's return event, allowed (the generator here is not resumed after: python3.12 crashes when it is).
import asyncio
import sys
import warnings
warnings.simplefilter('ignore')

def jumper(name, start, target, event='line'):
    def trace(frame, ev, arg):
        if frame.f_code.co_name == name and ev == event:
            base = frame.f_code.co_firstlineno
            if frame.f_lineno == base + start:
                try:
                    frame.f_lineno = base + target
                    print(name, 'jumped', start, '->', target)
                except ValueError as e:
                    print(name, 'ValueError:', e)
        return trace
    return trace

def run(fn, start, target, event='line'):
    out = []
    sys.settrace(jumper(fn.__name__, start, target, event))
    try:
        result = fn(out)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    finally:
        sys.settrace(None)
    print('  output', out)

def bare_except(out):
    try:
        out.append(2)
    except:
        out.append(4)
        raise

def typed_except(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
        raise

def named_except(out):
    try:
        out.append(2)
    except (ValueError, RuntimeError) as e:
        out.append(4)
        raise e

def into_except_body(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)

async def aiter_of(items):
    for i in items:
        yield i

async def forwards_into_async_for(out):
    out.append(1)
    async for i in aiter_of([1, 2]):
        out.append(3)
    pass

async def backwards_into_async_for(out):
    async for i in aiter_of([1, 2]):
        out.append(2)
    out.append(3)

def over_method_null(out):
    a = 1
    list.append(
        out, 3
    )
    out.append(5)
    (
        ( # 7
            a
            +
            10
        )
        +
        13
    )
    out.append(15)

def from_yield(out):
    def gen():
        out.append(2)
        yield 3
    next(gen())
    out.append(5)

for case in (bare_except, typed_except, named_except):
    run(case, 2, 3)
run(into_except_body, 2, 4)
run(forwards_into_async_for, 1, 3)
run(backwards_into_async_for, 3, 2)
run(over_method_null, 3, 7)

jumps = []

def yield_jumper(frame, ev, arg):
    if frame.f_code.co_name == 'gen' and ev == 'return' and not jumps:
        jumps.append(frame)
        frame.f_lineno = frame.f_code.co_firstlineno
        print('gen jumped from its yield')
    return yield_jumper

out = []
sys.settrace(yield_jumper)
from_yield(out)
sys.settrace(None)
print('  output', out)
