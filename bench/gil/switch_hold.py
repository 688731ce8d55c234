# Two CPU-bound threads take turns on the GIL: the median time one holds it before the other gets it.
#   switch_hold.py INTERVAL_SECONDS [RUN_SECONDS]      prints: median_hold_ms <ms> switches <n>
# Each thread notes the time whenever it finds it was not the last to run: the gaps are the holds.
import sys
import threading
import time

interval = float(sys.argv[1]) if len(sys.argv) > 1 else 0.005
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
sys.setswitchinterval(interval)
last = [None]
turns = []
clock = time.perf_counter


def spin(me, end):
    now = clock()
    while now < end:
        if last[0] is not me:
            last[0] = me
            turns.append(now)
        now = clock()


end = clock() + seconds
threads = [threading.Thread(target=spin, args=(i, end)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
holds = sorted(b - a for a, b in zip(turns, turns[1:]))
median = holds[len(holds) // 2] * 1000 if holds else float("nan")
print("median_hold_ms %.3f switches %d" % (median, len(holds)))
