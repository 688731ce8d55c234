# CPU-bound throughput with 1, 2 and 4 threads: each thread runs the same pure-Python function over and over for a
# fixed time; the figure is completed calls per second, all threads together, the median of ROUNDS rounds that take
# the thread counts in turn (after a warm-up, so Kaa's JIT and the JVM's have compiled the loop). Under a GIL
# (python3.12, Kaa's cpython policy) more threads add nothing; free-threaded (kaa -X gil=off) they add a core each.
# Calls per CPU second (process time) show the cost of sharing: equal for 1 and 2 threads means nothing serialises
# the threads, whatever share of the cores a loaded machine leaves the process.
#   python bench/gil/free_threads.py [SECONDS] [THREAD-COUNTS...]      (default 1 s a measurement; 1 2 4)
import sys
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def throughput(threads, seconds):
    done = [0] * threads
    running = [True]
    ready = threading.Barrier(threads + 1)

    def worker(k):
        ready.wait()
        calls = 0
        while running[0]:
            work(2000)
            calls += 1
        done[k] = calls

    workers = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    ready.wait()
    start, cpu = time.perf_counter(), time.process_time()
    time.sleep(seconds)
    running[0] = False
    for w in workers:
        w.join()
    return sum(done) / (time.perf_counter() - start), sum(done) / (time.process_time() - cpu)


ROUNDS = 5


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    counts = [int(a) for a in sys.argv[2:]] or [1, 2, 4]
    for n in counts:
        throughput(n, seconds)  # warm-up
    rates = {n: [] for n in counts}
    for _ in range(ROUNDS):
        for n in counts:
            rates[n].append(throughput(n, seconds))
    one = None
    for n in counts:
        wall = sorted(r[0] for r in rates[n])[ROUNDS // 2]
        cpu = sorted(r[1] for r in rates[n])[ROUNDS // 2]
        one = one or wall
        print("threads %d: %.0f calls/s (%.2fx one thread), %.0f calls per CPU second" % (n, wall, wall / one, cpu))


main()
