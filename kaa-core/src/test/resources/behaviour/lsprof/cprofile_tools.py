# cProfile.Profile as a context manager, runcall, pstats over its stats (strip_dirs, sort, callers/callees), and
# a timer that fails (reported as unraisable, the profile goes on).
import cProfile
import io
import pstats

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
print(sorted((k[2], v[0], v[1]) for k, v in prof.stats.items()))


class BrokenTimer:
    def __call__(self):
        raise RuntimeError("no clock")

    def __repr__(self):
        return "<broken timer>"


prof = cProfile.Profile(BrokenTimer())
prof.enable()
leaf(1)
prof.disable()
print(sorted(k[2] for k in (prof.create_stats() or prof.stats)))
