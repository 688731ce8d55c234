# sys.settrace: call, line, return events of plain code: loops (a one-line loop reports its line at every backward
# jump), nested calls, comprehensions, decorated functions, lambdas; gettrace; a call event answered with None
# (no line events for that frame); f_trace_lines = False.
import sys

def show(frame, event, arg):
    extra = repr(arg) if event == 'return' else ''
    print(event, frame.f_code.co_name, frame.f_lineno, extra)
    return show

def add(a, b):
    c = a + b
    return c

def loops(n):
    total = 0
    for i in range(n): total += i
    for i in range(n):
        total += add(i, 1)
    while total > 8:
        total -= 3
    k = 0
    while k < 2: k += 1
    return total

def comprehension(n):
    squares = [i * i for i in range(n)]
    return {x: x for x in squares}

def decorate(fn):
    return fn

@decorate
def decorated(): return 42

def one_line(): x = 1; y = 2; return x + y

sys.settrace(show)
loops(4)
comprehension(2)
decorated()
one_line()
(lambda q: q * 2)(5)
sys.settrace(None)
print(sys.gettrace())

def only_calls(frame, event, arg):
    print(event, frame.f_code.co_name)
    return None

sys.settrace(only_calls)
loops(2)
sys.settrace(None)

def no_lines(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
    print(event, frame.f_code.co_name, frame.f_lineno)
    return no_lines

sys.settrace(no_lines)
add(1, 2)
sys.settrace(None)
print(sys.gettrace() is None)
