# Four CPU-bound threads run together for a while: each one's share of the work done (ideally 25% each).
#   fairness.py [RUN_SECONDS]       prints: shares <s1> <s2> <s3> <s4> spread <max-min, in points>
import sys
import threading
import time

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
counts = [0] * 4
go = threading.Event()


def spin(me, end):
    go.wait()
    n = 0
    clock = time.perf_counter
    while clock() < end:
        n += 1
    counts[me] = n


end = time.perf_counter() + seconds + 0.1
threads = [threading.Thread(target=spin, args=(i, end)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.1)
go.set()
for t in threads:
    t.join()
total = sum(counts)
shares = [100.0 * c / total for c in counts]
print("shares " + " ".join("%.1f" % s for s in shares) + " spread %.1f" % (max(shares) - min(shares)))
