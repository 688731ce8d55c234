"""Benchmark (c) of issue 6: a loopback TCP echo server's request rate, with and without a CPU-bound thread.

An echo server thread serves one client (the main thread) over 127.0.0.1: the client sends a 16-byte request and
waits for the answer, as many times as it can. Three measurements, each printed on its own line:

    echo_rate cpu_threads=0 requests_per_s=30000          the server alone
    echo_rate cpu_threads=1 requests_per_s=100 cpu_iterations_per_s=20000000
                                                           with a CPU-bound thread running, and that thread's progress
    cpu_solo cpu_iterations_per_s=21000000                 the CPU-bound thread alone (its progress without traffic)

Under CPython 3.12 the server and the client each come back from recv behind the CPU-bound thread and wait for it to
let go (a switch interval), so the request rate collapses (the convoy effect).

    echo_rate.py [--mode idle,loaded,solo] [--seconds S] [--smoke]
"""

import argparse
import socket
import sys
import threading
import time

from io_common import Spinners, progress

REQUEST = b"0123456789abcdef"


def receive(sock, size):
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return data
        data += chunk
    return data


def serve(listener):
    conn, _ = listener.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    with conn:
        while True:
            request = receive(conn, len(REQUEST))
            if len(request) < len(REQUEST):
                break
            conn.sendall(request)


def requests_per_second(cpu_threads, seconds, warmup):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    server = threading.Thread(target=serve, args=(listener,), name="echo-server", daemon=True)
    server.start()
    client = socket.create_connection(listener.getsockname())
    client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    spinners = Spinners(cpu_threads)
    end_of_warmup = time.perf_counter() + warmup
    while time.perf_counter() < end_of_warmup:
        client.sendall(REQUEST)
        receive(client, len(REQUEST))
    requests, cpu_before, start = 0, spinners.total(), time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        client.sendall(REQUEST)
        if receive(client, len(REQUEST)) != REQUEST:
            raise RuntimeError("the echo server answered something else")
        requests += 1
    elapsed = time.perf_counter() - start
    cpu_rate = (spinners.total() - cpu_before) / elapsed
    spinners.stop()
    client.close()
    server.join()
    listener.close()
    line = "echo_rate cpu_threads=%d requests_per_s=%.0f" % (cpu_threads, requests / elapsed)
    if cpu_threads:
        line += " cpu_iterations_per_s=%.0f" % cpu_rate
    return line


def solo(seconds, warmup):
    spinners = Spinners(1)
    time.sleep(warmup)
    rate = progress(spinners, seconds)
    spinners.stop()
    return "cpu_solo cpu_iterations_per_s=%.0f" % rate


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", default="idle,loaded,solo",
                        help="what to measure, comma-separated: idle (no CPU-bound thread), loaded (one), solo "
                             "(the CPU-bound thread alone)")
    parser.add_argument("--seconds", type=float, default=2.0, help="measuring time per measurement (after a warm-up)")
    parser.add_argument("--interval", type=float, help="sys.setswitchinterval() first (seconds): a long one shows the "
                        "convoy in whole intervals on a loaded machine, whose wake-up delays blur a 5 ms one")
    parser.add_argument("--smoke", action="store_true", help="a quick run that only shows the program works")
    args = parser.parse_args()
    if args.interval:
        sys.setswitchinterval(args.interval)
    seconds, warmup = (0.2, 0.05) if args.smoke else (args.seconds, min(1.0, args.seconds / 2))
    modes = args.mode.split(",")
    for mode in modes:
        if mode not in ("idle", "loaded", "solo"):
            parser.error("unknown mode %r" % mode)
    # Both threads' code is run once alone before anything is measured: an interpreter with a JIT (Kaa) would
    # otherwise measure whichever mode comes first with cold code (the spinner compiled while it had half a core in
    # "loaded", then measured compiled in "solo"), and the ratios would depend on the order of the modes.
    if not args.smoke:
        solo(warmup, 0)
        requests_per_second(0, warmup, 0)
    for mode in modes:
        if mode == "solo":
            print(solo(seconds, warmup), flush=True)
        else:
            print(requests_per_second(0 if mode == "idle" else 1, seconds, warmup), flush=True)


if __name__ == "__main__":
    main()
