# CPU throughput with N threads sharing a fixed amount of pure-Python work: prints the work done per second.
#   cpu_threads.py N [TOTAL_ITERATIONS]        prints: threads <n> iterations_per_s <rate>
import sys
import threading
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
total = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000


def work(count):
    x = 0
    for i in range(count):
        x += i & 7
    return x


work(200_000)  # warm-up, untimed
start = time.perf_counter()
threads = [threading.Thread(target=work, args=(total // n,)) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("threads %d iterations_per_s %.0f" % (n, total / elapsed))
