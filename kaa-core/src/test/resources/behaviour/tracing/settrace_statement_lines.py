# Lines that only a NOP carries (try:, pass, a pass-only function), and no line event for a handler that did not run
import sys


def body(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0
    finally:
        z = 2
    if x:
        pass
    try:
        with open(__file__) as fh:
            pass
    except OSError:
        pass
    return y + z


def only_pass():
    pass


def loop(n):
    for i in range(n):
        try:
            pass
        except KeyError:
            pass
    return n


events = []


def trace(frame, event, arg):
    code = frame.f_code
    if code in (body.__code__, only_pass.__code__, loop.__code__):
        events.append((code.co_name, event, frame.f_lineno - code.co_firstlineno))
    return trace


sys.settrace(trace)
body(0)
body(1)
only_pass()
loop(2)
sys.settrace(None)
for e in events:
    print(*e)
