# CPU throughput with N threads sharing a fixed amount of pure-Python work: prints the work done per second.
#   cpu_threads.py N[,N...] [TOTAL_ITERATIONS] [WARM_UP_SECONDS] [ROUNDS]
# prints: threads <n> iterations_per_s <rate> cpu_s <the process's CPU seconds while timed: the compiler's and the
# collector's included; the same for 1 and 2 threads when they cost each other nothing>
# The timed part is one long call of work() per thread. Before it, untimed, the same N threads call work() in short
# calls for WARM_UP_SECONDS (default 1), so that what is timed is the interpreter's throughput, not its warm-up: a
# JVM compiles its own eval loop and the program's loop in the first seconds (docs/free-threading.md, session 13);
# CPython has nothing to warm, and gets the same second. 0 times from just after start-up, as before session 13.
# Several thread counts ("1,2") are timed in one process, in turn, ROUNDS times (default 3), after a warm-up with
# each: one line per count, the medians, and a line per round on stderr. Counts in one process run the same compiled
# code on the same machine moments apart; separate processes differ by more than the threads do here (the same
# work took 4.4 to 8.9 s of CPU in one thread from one run to the next, docs/free-threading.md, session 15).
import sys
import threading
import time

counts = [int(c) for c in (sys.argv[1] if len(sys.argv) > 1 else "1").split(",")]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000
warm_up = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else (3 if len(counts) > 1 else 1)


def work(count):
    x = 0
    for i in range(count):
        x += i & 7
    return x


def in_threads(n, target, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def until(deadline):
    while time.perf_counter() < deadline:
        work(100_000)


def timed(n):
    start, cpu = time.perf_counter(), time.process_time()
    in_threads(n, work, total // n)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return total / elapsed, cpu


def median(values):
    return sorted(values)[len(values) // 2]


work(200_000)
if warm_up > 0:
    for n in counts:
        in_threads(n, until, time.perf_counter() + warm_up)
results = {n: [] for n in counts}
for r in range(rounds):
    for n in counts:
        rate, cpu = timed(n)
        results[n].append((rate, cpu))
        if len(counts) > 1 or rounds > 1:
            print("round %d threads %d iterations_per_s %.0f cpu_s %.2f" % (r + 1, n, rate, cpu), file=sys.stderr)
for n in counts:
    print("threads %d iterations_per_s %.0f cpu_s %.2f" % (n, median([rate for rate, _ in results[n]]),
                                                       median([cpu for _, cpu in results[n]])))
