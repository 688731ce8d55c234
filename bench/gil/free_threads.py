# CPU-bound throughput with 1, 2 and 4 threads: each thread runs the same pure-Python function over and over for a
# fixed time; the figure is completed calls per second, all threads together, the median of ROUNDS rounds that take
# the thread counts in turn (after a warm-up, so Kaa's JIT and the JVM's have compiled the loop). Under a GIL
# (python3.12, Kaa's cpython policy) more threads add nothing; free-threaded (kaa -X gil=off) they add a core each.
# The CPU each call costs is the check that sees through a loaded machine: in the workers (their thread CPU time, the
# same with 1 and 2 threads when nothing the threads share costs them anything) and in the whole process (the JVM's
# compiler and collector included).
#   python bench/gil/free_threads.py [SECONDS] [THREAD-COUNTS...]      (default 1 s a measurement; 1 2 4)
# prints one line per thread count: "threads N: R calls/s (X.XXx one thread); CPU per call: W us in the workers
# (Y.YYx one thread), P us in the process"
import sys
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def throughput(threads, seconds):
    """(calls per second, workers' CPU seconds per call, process CPU seconds per call) of one measurement."""
    done = [0] * threads
    cpu = [0.0] * threads
    running = [True]
    ready = threading.Barrier(threads + 1)

    def worker(k):
        ready.wait()
        start = time.thread_time()
        calls = 0
        while running[0]:
            work(2000)
            calls += 1
        cpu[k] = time.thread_time() - start
        done[k] = calls

    workers = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    ready.wait()
    start, process = time.perf_counter(), time.process_time()
    time.sleep(seconds)
    running[0] = False
    for w in workers:
        w.join()
    calls = max(sum(done), 1)
    return calls / (time.perf_counter() - start), sum(cpu) / calls, (time.process_time() - process) / calls


ROUNDS = 5


def median(values):
    return sorted(values)[len(values) // 2]


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    counts = [int(a) for a in sys.argv[2:]] or [1, 2, 4]
    for n in counts:
        throughput(n, 2 * seconds)  # warm-up: on a loaded machine the JVM's compiler needs a while
    rounds = {n: [] for n in counts}
    for _ in range(ROUNDS):
        for n in counts:
            rounds[n].append(throughput(n, seconds))
    first = None
    for n in counts:
        rate, worker_cpu, process_cpu = (median([r[i] for r in rounds[n]]) for i in range(3))
        first = first or (rate, worker_cpu)
        print("threads %d: %.0f calls/s (%.2fx one thread); CPU per call: %.1f us in the workers (%.2fx one thread),"
              " %.1f us in the process" % (n, rate, rate / first[0], worker_cpu * 1e6, worker_cpu / first[1],
                                         process_cpu * 1e6))


main()
