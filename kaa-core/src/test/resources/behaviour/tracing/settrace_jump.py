# frame.f_lineno = n from a trace function: a jump forward and back from a line event, out of a for loop, and
# CPython's ValueErrors: from a call or return event, into a for loop's body or an except block, outside the code,
# not an int, outside any trace function. Unbound variables become None (RuntimeWarning, not shown here).
import sys
import warnings
warnings.simplefilter('ignore')

done = set()

def show(frame, event, arg):
    name = frame.f_code.co_name
    print(event, name, frame.f_lineno)
    if event in ('call', 'return') and name == 'straight':
        try:
            frame.f_lineno = frame.f_lineno + 1
        except ValueError as e:
            print('ValueError', e)
    if event == 'line' and name == 'straight' and frame.f_lineno == first_line(straight) + 1:
        frame.f_lineno = first_line(straight) + 3
    if event == 'line' and name == 'looping' and frame.f_lineno == first_line(looping) + 2 and name not in done:
        done.add(name)
        base = first_line(looping)
        for target in (base + 3, base + 6, base + 300, 1, 'x', base + 8, base + 1):
            try:
                frame.f_lineno = target
                print('jumped to', target - base if isinstance(target, int) else target)
            except ValueError as e:
                print('ValueError', str(e).replace(str(target), 'N'))
    return show

def first_line(fn):
    return fn.__code__.co_firstlineno

def straight():
    x = 1
    x = 2
    x = 3
    return x

def looping():
    total = 0
    for i in range(3):
        total += i
    try: total += 10
    except ValueError:
        total = -1
    total += 100
    return total

sys.settrace(show)
print(straight())
print(looping())
sys.settrace(None)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print('ValueError', e)
