# f_trace_opcodes: opcode events come (after the line event of their line) once sys.settrace is called after a
# frame asked for them, as in CPython 3.12 (the first run may or may not have them: the request is process-wide);
# the instructions themselves are Kaa's, so only their lines are shown.
# Also c_call for f(*args) and a method called through its class.
import sys

events = []

def show(frame, event, arg):
    if frame.f_code.co_name == 'work':
        frame.f_trace_opcodes = True
        if not events or events[-1] != (event, frame.f_lineno):
            events.append((event, frame.f_lineno))
    return show

def work(n):
    x = n + 1
    return x * 2

sys.settrace(show)
work(1)
events.clear()
sys.settrace(show)
work(2)
sys.settrace(None)
print(events)

def profile(frame, event, arg):
    if event.startswith('c_'):
        print(event, frame.f_code.co_name, arg.__qualname__)

def spread(items):
    return max(*items), str.upper('a'), len(*[items])

def main():
    spread([1, 2])
    sys.setprofile(None)

sys.setprofile(profile)
main()
