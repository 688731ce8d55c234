"""Benchmark (b) of issue 6: the round-trip latency of an I/O thread while CPU-bound threads run.

The main thread sends one byte over a socket.socketpair to an echo thread and waits for it to come back, again and
again, while 0, 1 or 2 CPU-bound threads run. Both ends block in recv with the GIL released and need it back to go
on: under CPython 3.12 each comes back behind a CPU-bound thread that lets go only when asked, one switch interval
later, so a round trip costs about two intervals (the convoy effect). Prints, per count of CPU-bound threads, the
median and 90th percentile of a round trip and the CPU-bound threads' iterations per second meanwhile:

    io_latency peer=thread cpu_threads=1 round_trips=190 median_ms=10.412 p90_ms=10.611 cpu_iterations_per_s=21000000
        slow_trips=190 slow_mean_intervals=2.08

(on one line; slow_trips: the round trips longer than half a switch interval, the convoy's; slow_mean_intervals:
their mean length in switch intervals.)

With ``--peer process`` the other end is ``cat``, a process of its own that needs no GIL: one wait per round trip.
How long a round trip waits also depends on the machine: a CPU-bound thread that wakes up slower than the answer
comes back (a loaded machine) often finds the GIL already taken back by the I/O thread.

    io_latency.py [--cpu-threads 0,1,2] [--peer thread|process] [--seconds S] [--smoke]
"""

import argparse
import socket
import subprocess
import sys
import threading
import time

from io_common import Spinners, percentile


def echo(sock):
    while True:
        data = sock.recv(1)
        if not data:
            break
        sock.sendall(data)


def start_peer(kind, server):
    """The echo at the other end: a thread of ours, or ``cat`` in a process of its own; ``stop()`` ends it."""
    if kind == "process":
        cat = subprocess.Popen(["cat"], stdin=server, stdout=server)
        server.close()
        return cat.wait
    echoer = threading.Thread(target=echo, args=(server,), name="echo", daemon=True)
    echoer.start()
    def stop():
        echoer.join()
        server.close()
    return stop


def measure(peer, cpu_threads, seconds, warmup, dump=None):
    client, server = socket.socketpair()
    stop_peer = start_peer(peer, server)
    spinners = Spinners(cpu_threads)
    samples = []
    deadline = time.perf_counter() + warmup + seconds
    measuring_from = deadline - seconds
    cpu_before = None
    while True:
        start = time.perf_counter()
        if start >= deadline:
            break
        if cpu_before is None and start >= measuring_from:
            cpu_before, cpu_start, samples = spinners.total(), start, []
        client.sendall(b"x")
        client.recv(1)
        samples.append(time.perf_counter() - start)
    cpu_rate = (spinners.total() - cpu_before) / (time.perf_counter() - cpu_start) if cpu_before is not None else 0
    spinners.stop()
    client.close()
    stop_peer()
    # The convoy's round trips apart: CPython's are a mixture of fast ones (its CPU-bound threads lost the race for
    # the lock) and slow ones (they won it), in proportions that depend on the machine's load; a median of the
    # mixture moves with them, the slow ones' mean in switch intervals does not.
    interval = sys.getswitchinterval()
    if dump:
        with open(dump, "a") as out:
            out.write("".join("%d %.9f\n" % (cpu_threads, s / interval) for s in samples))
    slow = [s for s in samples if s > interval / 2]
    slow_mean = sum(slow) / len(slow) / interval if slow else 0
    print("io_latency peer=%s cpu_threads=%d round_trips=%d median_ms=%.3f p90_ms=%.3f cpu_iterations_per_s=%.0f "
          "slow_trips=%d slow_mean_intervals=%.2f"
          % (peer, cpu_threads, len(samples), percentile(samples, 0.5) * 1000, percentile(samples, 0.9) * 1000, cpu_rate,
             len(slow), slow_mean), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cpu-threads", default="0,1,2", help="counts of CPU-bound threads, comma-separated")
    parser.add_argument("--peer", choices=("thread", "process"), default="thread",
                        help="the echo at the other end: a thread (default) or a cat process")
    parser.add_argument("--seconds", type=float, default=2.0, help="measuring time per count (after a warm-up)")
    parser.add_argument("--interval", type=float, help="sys.setswitchinterval() first (seconds): a long one shows the "
                        "convoy in whole intervals on a loaded machine, whose wake-up delays blur a 5 ms one")
    parser.add_argument("--dump", help="append each round trip to this file, one a line: the count of CPU-bound "
                        "threads and the round trip in switch intervals (for a histogram: bench/gil/trips.py)")
    parser.add_argument("--smoke", action="store_true", help="a quick run that only shows the program works")
    args = parser.parse_args()
    if args.interval:
        sys.setswitchinterval(args.interval)
    seconds, warmup = (0.2, 0.05) if args.smoke else (args.seconds, min(1.0, args.seconds / 2))
    for count in args.cpu_threads.split(","):
        measure(args.peer, int(count), seconds, warmup, args.dump)


if __name__ == "__main__":
    main()
