# What a second thread running at the same moment costs each operation, free-threaded (docs/free-threading.md).
# Two threads run the same kernel in short chunks and time each one (wall and thread CPU). A chunk counts when its
# thread had the CPU for >= 90% of it, and it is "together" when the other thread also ran for >= 90% of that time,
# "alone" when the other ran < 10% of it. Memory both threads write (a shared counter, a lock, a cache line of the
# JVM's card table) makes the "together" chunks cost more CPU per operation than the "alone" ones: the ratio is ~1.00
# when the threads share nothing costly. Because it compares moments within one run, a loaded machine (which rarely
# gives a process both cores) only makes the "together" sample smaller, not the ratio wrong.
#   kaa -X gil=off bench/gil/overlap_cost.py [SECONDS] [KERNEL...]      (default 1 s a round, 3 rounds, every kernel)
# prints per kernel: ns per operation together and alone, the number of chunks of each, together/alone, and what
# that makes of two threads' throughput while both run (2 x alone/together; 2.00x when nothing shared costs).
# Under a GIL no chunk runs together (the threads take turns): the ratio is n/a.
import sys
import threading
import time


def add(a, b):
    return a + b


class Point:
    def __init__(self, x):
        self.x = x

    def moved(self, dx):
        return self.x + dx


def calls(n):
    t = 0
    for i in range(n):
        t = add(t, i & 3)
    return t


def methods(n):
    p = Point(1)
    t = 0
    for i in range(n):
        t += p.moved(i & 3)
    return t


def instances(n):
    t = 0
    for i in range(n):
        t += Point(i).x
    return t


def attributes(n):
    p = Point(0)
    for i in range(n):
        p.x = p.x + 1
    return p.x


def loop(n):
    x = 0
    for i in range(n):
        x += i & 7
    return x


CHUNK_OF_LONG_LOOP = 1 << 15


def long_loop(n, log, running):
    """bench/gil/cpu_threads.py's shape: one call running for the whole round (its frame lives long), timed inside."""
    clock, cpu = time.perf_counter, time.thread_time
    w0, c0 = clock(), cpu()
    x = 0
    for i in range(n):
        x += i & 7
        if i & (CHUNK_OF_LONG_LOOP - 1) == 0:
            w1, c1 = clock(), cpu()
            log.append((w0, w1, c1 - c0))
            w0, c0 = w1, c1
            if not running[0]:
                break
    return x


KERNELS = {"calls": (calls, 2000), "methods": (methods, 2000), "instances": (instances, 2000),
           "attributes": (attributes, 2000), "loop": (loop, 10000), "long_loop": (long_loop, CHUNK_OF_LONG_LOOP)}


def round_of(name, seconds):
    """Each thread's chunks, (wall start, wall end, thread CPU seconds), of one round."""
    kernel, size = KERNELS[name]
    logs = [[], []]
    running = [True]
    ready = threading.Barrier(3)

    def worker(k):
        log = logs[k]
        ready.wait()
        if name == "long_loop":
            kernel(1 << 62, log, running)
            del log[0]  # from the start of the call: includes the first compile of the loop
            return
        clock, cpu = time.perf_counter, time.thread_time
        w0, c0 = clock(), cpu()
        while running[0]:
            kernel(size)
            w1, c1 = clock(), cpu()
            log.append((w0, w1, c1 - c0))
            w0, c0 = w1, c1

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    ready.wait()
    time.sleep(seconds)
    running[0] = False
    for t in threads:
        t.join()
    return logs


def split(logs, size):
    """ns per operation of the chunks run together and of those run alone."""
    ran = [[(a, b) for a, b, c in log if c >= 0.9 * (b - a)] for log in logs]
    together, alone = [], []
    for k in range(2):
        other, j = ran[1 - k], 0
        for a, b, c in logs[k]:
            if b <= a or c < 0.9 * (b - a):
                continue
            while j < len(other) and other[j][1] < a:
                j += 1
            covered, i = 0.0, j
            while i < len(other) and other[i][0] < b:
                covered += min(b, other[i][1]) - max(a, other[i][0])
                i += 1
            share = covered / (b - a)
            if share > 0.9:
                together.append(c / size * 1e9)
            elif share < 0.1:
                alone.append(c / size * 1e9)
    return together, alone


def median(values):
    return sorted(values)[len(values) // 2] if values else None


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    names = sys.argv[2:] or list(KERNELS)
    for name in names:
        size = KERNELS[name][1]
        round_of(name, 2 * seconds)  # warm-up: the JIT's and the JVM's compiles
        together, alone = [], []
        for _ in range(3):
            t, a = split(round_of(name, seconds), size)
            together += t
            alone += a
        t, a = median(together), median(alone)
        print("%-10s together %s ns/op (%5d chunks), alone %s ns/op (%5d chunks): together/alone %s,"
              " 2 threads while both run %s one" % (
                  name, "%6.1f" % t if t else "   n/a", len(together), "%6.1f" % a if a else "   n/a", len(alone),
                  "%.2f" % (t / a) if t and a else "n/a", "%.2fx" % (2 * a / t) if t and a else "n/a"), flush=True)


main()
