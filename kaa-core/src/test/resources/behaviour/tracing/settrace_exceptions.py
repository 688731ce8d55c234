# sys.settrace: exception events in every frame an exception passes through (not for a re-raise), the return event
# with None of a frame an exception leaves, handlers, with blocks, finally; a trace function that raises is removed.
import sys

def show(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__ + ' ' + str(arg[1]) + ' tb_lineno=' + str(arg[2].tb_lineno)
    elif event == 'return':
        arg = repr(arg)
    else:
        arg = ''
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return show

def inner(x):
    if x:
        raise ValueError('bad ' + str(x))
    return x

def middle(x):
    return inner(x) + 1

def outer():
    try: middle(1)
    except ValueError as e:
        r = str(e)
    try: middle(2)
    finally:
        r = 0

class Manager:
    def __enter__(self):
        return 7
    def __exit__(self, *exc):
        return exc[0] is KeyError

def with_block():
    with Manager() as m:
        raise KeyError('k')
    return 1

def reraise():
    try: inner(3)
    except ValueError:
        raise

sys.settrace(show)
try:
    outer()
except ValueError:
    print('caught')
with_block()
try: reraise()
except ValueError: print('caught again')
sys.settrace(None)

calls = []
def failing(frame, event, arg):
    calls.append(event)
    if event == 'line':
        raise RuntimeError('tracer broke')
    return failing

def victim():
    a = 1
    return a

sys.settrace(failing)
try:
    victim()
except RuntimeError as e:
    print('RuntimeError', e)
print(calls, sys.gettrace())
