"""What the I/O benchmarks of bench/gil share: CPU-bound threads that count their progress, and percentiles."""

import threading
import time

CHUNK = 1000  # iterations between two looks at the stop flag


class Spinners:
    """``count`` CPU-bound threads, each adding 1 in a loop and counting its iterations, until ``stop()``."""

    def __init__(self, count):
        self.running = True
        self.iterations = [0] * count
        self.threads = [threading.Thread(target=self._spin, args=(i,), name="cpu-%d" % i, daemon=True)
                        for i in range(count)]
        for t in self.threads:
            t.start()

    def _spin(self, index):
        while self.running:
            x = 0
            for _ in range(CHUNK):
                x += 1
            self.iterations[index] += CHUNK

    def total(self):
        return sum(self.iterations)

    def stop(self):
        self.running = False
        for t in self.threads:
            t.join()


def progress(spinners, seconds):
    """The spinners' iterations per second over the next ``seconds`` (what they do while the caller sleeps)."""
    before, start = spinners.total(), time.perf_counter()
    time.sleep(seconds)
    return (spinners.total() - before) / (time.perf_counter() - start)


def percentile(samples, fraction):
    """The nearest-rank percentile of ``samples`` (``fraction`` 0.5 is the median)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]
