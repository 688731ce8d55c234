# bench/gil/cpu_threads.py's loop, timed from outside while it runs (docs/free-threading.md, session 12): N workers
# each run `for i in it: x += i & 7` over their share of TOTAL iterations; a sampler thread reads, every INTERVAL
# seconds, how far each worker is (its range iterator's length hint) and the CPU it has used (Linux:
# /proc/self/task/TID/schedstat, in nanoseconds), so the loop itself is not changed by the measuring.
#   kaa -X gil=off bench/gil/loop_timeline.py N TOTAL [INTERVAL]       (Linux only; default INTERVAL 0.1 s)
# prints one line of "seconds since the process started: ns of CPU per iteration" (per worker, a/b) per interval,
# to line up with -Xlog:gc / -Xlog:jit+compilation (their uptime), then: the median (the steady state), the CPU each
# worker spent above it (what the window's warm-up cost it), and with two workers the CPU per iteration in intervals
# both ran (>= 80% of the interval) against those only one did (the other < 20%): ~1.00 when they share nothing.
import os
import sys
import threading
import time

n = int(sys.argv[1])
total = int(sys.argv[2])
interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.1
iterators = [None] * n


def work(count, k):
    x = 0
    it = iter(range(count))
    if k is not None:
        iterators[k] = it
    for i in it:
        x += i & 7
    return x


def uptime():
    """Seconds since the process started, the clock of the JVM's -Xlog uptime decoration."""
    with open("/proc/self/stat") as f:
        started = int(f.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    with open("/proc/uptime") as f:
        return float(f.read().split()[0]) - started


work(200_000, None)  # cpu_threads.py's first call (its shape with WARM_UP_SECONDS 0: the timed window right after it)
before = set(os.listdir("/proc/self/task"))
threads = [threading.Thread(target=work, args=(total // n, k)) for k in range(n)]
for t in threads:
    t.start()
while any(it is None for it in iterators):
    time.sleep(0.001)
workers = []
for tid in sorted(set(os.listdir("/proc/self/task")) - before):
    with open("/proc/self/task/%s/comm" % tid) as f:
        if f.read().startswith("Thread-"):
            workers.append(os.open("/proc/self/task/%s/schedstat" % tid, os.O_RDONLY))
if len(workers) != n:
    sys.exit("found %d worker threads in /proc/self/task, not %d" % (len(workers), n))


def sample():
    cpu = []
    for fd in workers:
        os.lseek(fd, 0, os.SEEK_SET)
        cpu.append(int(os.read(fd, 200).split()[0]))
    return time.perf_counter(), cpu, [it.__length_hint__() for it in iterators]


steps = []  # per interval: wall ns, then per worker (CPU ns, iterations)
line = []
previous = sample()
while True:
    time.sleep(interval)
    try:
        current = sample()
    except OSError:  # a worker ended and its task went away
        break
    wall = (current[0] - previous[0]) * 1e9
    step = [(current[1][k] - previous[1][k], previous[2][k] - current[2][k]) for k in range(n)]
    steps.append((wall, step))
    line.append("%.2f:%s" % (uptime(), "/".join("%.1f" % (c / i) if i > 0 else "-" for c, i in step)))
    previous = current
    if all(left == 0 for left in current[2]):
        break
print(" ".join(line))


def median(values):
    return sorted(values)[len(values) // 2] if values else float("nan")


steady = median([c / i for _, step in steps for c, i in step if i > 0])
above = [sum(step[k][0] - steady * step[k][1] for _, step in steps if step[k][1] > 0) / 1e6 for k in range(n)]
print("steady state %.2f ns/iteration; CPU above it per worker: %s ms" % (steady, ", ".join("%.0f" % a for a in above)))
if n == 2:
    together, alone = [], []
    for wall, step in steps:
        share = [c / wall for c, _ in step]
        for k in range(2):
            c, i = step[k]
            if i > 1000 and share[k] >= 0.8:
                if share[1 - k] >= 0.8 and step[1 - k][1] > 0:
                    together.append(c / i)
                elif share[1 - k] < 0.2:
                    alone.append(c / i)
    t, a = median(together), median(alone)
    print("both running %.2f ns/iteration (%d intervals), one running %.2f (%d): together/alone %.2f" % (
        t, len(together), a, len(alone), t / a if together and alone else float("nan")))
