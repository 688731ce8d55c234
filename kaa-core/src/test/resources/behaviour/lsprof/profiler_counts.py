# _lsprof.Profiler's counts: primitive vs total calls with recursion, built-ins (c_call), sub-entries per caller,
# generators resumed, exceptions leaving frames; times from an integer timer the program moves itself.
import _lsprof

TICKS = 0


def timer():
    return TICKS


def tick(n):
    global TICKS
    TICKS += n


def fact(n):
    tick(1)
    return 1 if n < 2 else n * fact(n - 1)


def gen():
    for i in range(3):
        tick(2)
        yield i


def fails():
    tick(5)
    raise KeyError("x")


def work():
    fact(4)
    items = []
    for v in gen():
        items.append(v)
    try:
        fails()
    except KeyError:
        pass
    len(items)
    sorted(items, key=abs)
    return items


def label(code):
    return code if isinstance(code, str) else code.co_name


def show(p):
    for e in sorted(p.getstats(), key=lambda e: label(e.code)):
        print(f"{label(e.code)}: calls={e.callcount} rec={e.reccallcount} total={e.totaltime:.3f} inline={e.inlinetime:.3f}")
        for s in sorted(e.calls or [], key=lambda s: label(s.code)):
            print(f"    -> {label(s.code)}: calls={s.callcount} rec={s.reccallcount} total={s.totaltime:.3f} inline={s.inlinetime:.3f}")


p = _lsprof.Profiler(timer, 0.001)
p.enable()
work()
p.disable()
show(p)

print("-- subcalls=False, builtins=False")
p = _lsprof.Profiler(timer, 0.001, subcalls=False, builtins=False)
p.enable()
work()
p.disable()
show(p)

print("-- enable(subcalls=False) overrides; clear empties")
p = _lsprof.Profiler(timer, 0.001)
p.enable(subcalls=False)
fact(3)
p.disable()
show(p)
p.clear()
print(p.getstats())

print("-- struct sequences")
e = _lsprof.profiler_entry(("c", 1, 0, 0.5, 0.25, None))
print(e, e.code, e.inlinetime)
print(_lsprof.profiler_subentry.n_fields, _lsprof.profiler_entry.n_fields)

print("-- one profiler at a time")
a, b = _lsprof.Profiler(), _lsprof.Profiler()
a.enable()
try:
    b.enable()
except ValueError as exc:
    print("ValueError:", exc)
a.disable()
b.enable()
b.disable()
print("disabled twice:", b.disable())

print("-- bad arguments")
try:
    _lsprof.Profiler(None, "x")
except TypeError as exc:
    print("TypeError:", exc)
