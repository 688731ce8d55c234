"""The convoy effect in one picture's worth of time: one I/O thread and one CPU-bound thread.

The I/O thread (the main thread) asks a server for one byte and waits for the answer, again and again; the server is
a separate process (not a thread: it does not need our GIL) that answers each request after ``--latency-ms``, like a
database or a remote service. A CPU-bound thread spins meanwhile. Each answer finds the CPU-bound thread holding the
GIL: under CPython 3.12's rules the I/O thread waits a whole switch interval before it may go on, so it makes a
fraction of the requests it could (the convoy effect); a policy that serves threads back from I/O first does not.
Prints the I/O thread's request rate and median round trip, and the CPU-bound thread's progress. Made to be traced:

    kaa -X giltrace=/tmp/t.json bench/gil/convoy.py
    kaa -m kaa.giltrace /tmp/t.json -o timeline.html

    convoy.py [--seconds S] [--latency-ms MS]
"""

import argparse
import socket
import subprocess
import sys
import time

from io_common import Spinners, percentile

SERVER = """
import os, sys, time
delay = float(sys.argv[1])
while True:
    request = os.read(0, 1)
    if not request:
        break
    time.sleep(delay)
    os.write(1, request)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=0.5, help="how long the two threads run (default 0.5)")
    parser.add_argument("--latency-ms", type=float, default=1.0, help="the server's time per answer (default 1)")
    args = parser.parse_args()
    mine, theirs = socket.socketpair()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(args.latency_ms / 1000)], stdin=theirs, stdout=theirs)
    theirs.close()
    mine.sendall(b"?")  # the server is up once it answers: its start-up is not part of the picture's story
    mine.recv(1)
    spinners = Spinners(1)
    round_trips = []
    cpu_before, start = spinners.total(), time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        sent = time.perf_counter()
        mine.sendall(b"x")
        mine.recv(1)
        round_trips.append(time.perf_counter() - sent)
    elapsed = time.perf_counter() - start
    cpu_rate = (spinners.total() - cpu_before) / elapsed
    spinners.stop()
    mine.close()
    server.wait()
    print("convoy requests_per_s=%.0f median_round_trip_ms=%.3f ideal_ms=%.3f cpu_iterations_per_s=%.0f"
          % (len(round_trips) / elapsed, percentile(round_trips, 0.5) * 1000, args.latency_ms, cpu_rate))


if __name__ == "__main__":
    main()
