# sys.setprofile: call and return of Python frames (return with None when an exception leaves), c_call/c_return of
# built-in functions and of built-in methods (given bound), c_exception when one raises; no line events.
import sys

def show(frame, event, arg):
    if event.startswith('c_'):
        arg = getattr(arg, '__qualname__', arg)
    else:
        arg = repr(arg)
    print(event, frame.f_code.co_name, frame.f_lineno, arg)

def work(items):
    n = len(items)
    items.append(n)
    list.append(items, 0)
    try: int('x')
    except ValueError:
        n = max(items)
    try: divmod(1, 0)
    except ZeroDivisionError:
        n += 1
    return sorted(items, key=abs)

def gen():
    yield 1

def fails():
    raise KeyError('x')

def main():
    work([3, -1])
    list(gen())
    try: fails()
    except KeyError: print('caught')
    sys.setprofile(None)

# main starts after the profile function is set: a frame already running (this module's, perhaps compiled) sends
# no events in Kaa (docs/tracing.md)
sys.setprofile(show)
main()
print(sys.getprofile())
