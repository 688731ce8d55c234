"""The round trips of io_latency.py runs, pooled: what a comparison of the convoy effect should rest on.

``io_latency.py --dump FILE`` appends each round trip to FILE (the count of CPU-bound threads, the trip in switch
intervals). A round trip beside CPU-bound threads is either fast (the CPU-bound threads lost the race for the lock:
no convoy) or slow (over half an interval: the convoy); how many are fast depends on the machine's load, not on the
lock's algorithm, and the slow ones spread over several whole intervals (2, 3, 4... the waits an I/O thread makes).
A median of such a mixture jumps with the share of fast trips and between the modes of the slow ones; so this
prints, per file and count of CPU-bound threads, the share of fast trips, then the slow trips' mean and quantiles in
switch intervals, pooled over every run written to the file (docs/gil.md: which figure the ±30% applies to).

    trips.py FILE [FILE...]
"""

import sys


def quantile(ordered, fraction):
    """The nearest-rank quantile of a sorted list."""
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def summary(trips):
    """One line of figures for one count of CPU-bound threads."""
    slow = sorted(t for t in trips if t > 0.5)
    line = "trips=%d fast_share=%.3f slow_trips=%d" % (len(trips), 1 - len(slow) / len(trips), len(slow))
    if slow:
        line += " slow_mean_iv=%.2f slow_p25_iv=%.2f slow_median_iv=%.2f slow_p75_iv=%.2f slow_p90_iv=%.2f" % (
            sum(slow) / len(slow), quantile(slow, 0.25), quantile(slow, 0.5), quantile(slow, 0.75),
            quantile(slow, 0.9))
    return line


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__.split("\n\n")[-1].strip())
    for path in sys.argv[1:]:
        by_count = {}
        with open(path) as f:
            for line in f:
                count, trip = line.split()
                by_count.setdefault(int(count), []).append(float(trip))
        for count, trips in sorted(by_count.items()):
            print("trips file=%s cpu_threads=%d %s" % (path, count, summary(trips)))


if __name__ == "__main__":
    main()
