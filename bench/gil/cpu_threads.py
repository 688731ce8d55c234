# CPU throughput with N threads sharing a fixed amount of pure-Python work: prints the work done per second.
#   cpu_threads.py N [TOTAL_ITERATIONS] [WARM_UP_SECONDS]
# prints: threads <n> iterations_per_s <rate> cpu_s <the process's CPU seconds while timed: the compiler's and the
# collector's included; the same for 1 and 2 threads when they cost each other nothing>
# The timed part is one long call of work() per thread. Before it, untimed, the same N threads call work() in short
# calls for WARM_UP_SECONDS (default 1), so that what is timed is the interpreter's throughput, not its warm-up: a
# JVM compiles its own eval loop and the program's loop in the first seconds (docs/free-threading.md, session 13);
# CPython has nothing to warm, and gets the same second. 0 times from just after start-up, as before session 13.
import sys
import threading
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
total = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000
warm_up = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0


def work(count):
    x = 0
    for i in range(count):
        x += i & 7
    return x


def in_threads(target, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def until(deadline):
    while time.perf_counter() < deadline:
        work(100_000)


work(200_000)
if warm_up > 0:
    in_threads(until, time.perf_counter() + warm_up)
start, cpu = time.perf_counter(), time.process_time()
in_threads(work, total // n)
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print("threads %d iterations_per_s %.0f cpu_s %.2f" % (n, total / elapsed, cpu))
