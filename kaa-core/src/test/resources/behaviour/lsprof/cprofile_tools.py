# cProfile.Profile as a context manager, runcall, pstats over its stats (strip_dirs, sort, callers/callees), and
# a timer that fails (reported as unraisable, the profile goes on).
import cProfile
import io
import pstats
import sys

TICKS = 0


def timer():
    return TICKS


def leaf(x):
    global TICKS
    TICKS += 3
    return x + 1


def branch(n):
    global TICKS
    TICKS += 1
    return [leaf(i) for i in range(n)]


def report(prof, method, *args):
    s = io.StringIO()
    st = pstats.Stats(prof, stream=s).strip_dirs().sort_stats("stdname")
    getattr(st, method)(*args)
    for line in s.getvalue().splitlines():
        if "cprofile_tools" in line or line.lstrip().startswith("ncalls") or "function calls" in line:
            print(line.rstrip())


with cProfile.Profile(timer, 0.001) as prof:
    branch(3)
    branch(2)
report(prof, "print_stats")
report(prof, "print_callers")
report(prof, "print_callees")

prof = cProfile.Profile(timer, 0.001)
print(prof.runcall(branch, 4))
prof.create_stats()
# Python functions only: a frame already running compiled code when the profiler is enabled reports no c_call
# events on Kaa (docs/c-modules.md), so runcall's own call of disable() is not always seen
print(sorted((k[2], v[0], v[1]) for k, v in prof.stats.items() if k[0] != "~"))


class BrokenTimer:
    def __call__(self):
        raise RuntimeError("no clock")

    def __repr__(self):
        return "<broken timer>"


seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), repr(u.object)))
prof = cProfile.Profile(BrokenTimer())
prof.enable()
leaf(1)
prof.disable()
sys.unraisablehook = sys.__unraisablehook__
print("the timer's failures are unraisable:", sorted(set(seen)), len(seen) >= 2)
print(sorted(k[2] for k in (prof.create_stats() or prof.stats) if k[0] != "~"))
