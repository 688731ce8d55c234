# Waiting for a SemLock: timeouts, a wait ended by another thread's release, other threads running meanwhile (the
# wait releases the GIL), and signal handlers running in the main thread during the wait: one that raises ends it,
# one that returns lets it go on (PEP 475).
import os
import signal
import threading
import time
from _multiprocessing import SemLock

SEMAPHORE = 1
prefix = "/kaa-behaviour-%d-" % os.getpid()
s = SemLock(SEMAPHORE, 0, 1, prefix + "w", True)


def timed(f):
    start = time.monotonic()
    result = f()
    return result, time.monotonic() - start


for timeout in [0, 0.0, -1, 0.2, 1]:
    got, took = timed(lambda: s.acquire(True, timeout) if timeout != 1 else s.acquire(timeout=timeout))
    low = max(0, timeout) * 0.9
    print("timeout", timeout, "->", got, "waited about as long:", low <= took < max(0, timeout) + 2)

got, took = timed(lambda: s.acquire(False, 10))
print("not blocking, timeout ignored:", got, took < 1)
for bad in [float("nan"), float("inf"), 1e300]:
    try:
        s.acquire(True, bad)
    except OSError as e:
        print("timeout", bad, "raised", type(e).__name__, e)

# a release from another thread ends the wait
threading.Timer(0.2, s.release).start()
got, took = timed(s.acquire)
print("woken by a release:", got, 0.1 < took < 5)
threading.Timer(0.2, s.release).start()
got, took = timed(lambda: s.acquire(timeout=10))
print("woken by a release before the timeout:", got, 0.1 < took < 5)

# other threads run Python code while the main thread waits
ticks = []
stop = threading.Event()


def count():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.01)


t = threading.Thread(target=count)
t.start()
print("timed out:", s.acquire(timeout=0.5))
stop.set()
t.join()
print("the other thread ran meanwhile:", len(ticks) > 5)

# many threads waiting: each release lets exactly one through
many = SemLock(SEMAPHORE, 0, 4, prefix + "many", True)
through = []
waiters = [threading.Thread(target=lambda: through.append(many.acquire(timeout=10))) for i in range(4)]
for w in waiters:
    w.start()
time.sleep(0.2)
print("none through yet:", through)
for i in range(4):
    many.release()
for w in waiters:
    w.join()
print("through:", through, "value left:", many._get_value())


# signals reach the main thread while it waits
def interrupt(signum, frame):
    raise KeyboardInterrupt("signal %d" % signum)


signal.signal(signal.SIGUSR1, interrupt)
for name, wait in [("acquire()", s.acquire), ("acquire(timeout=30)", lambda: s.acquire(timeout=30))]:
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGUSR1))
    timer.start()
    start = time.monotonic()
    try:
        print(name, "returned", wait())
    except KeyboardInterrupt as e:
        print(name, "raised", repr(e), "soon:", time.monotonic() - start < 10)
    timer.join()

ran = []
signal.signal(signal.SIGUSR2, lambda signum, frame: ran.append(threading.current_thread().name))
timer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR2))
timer.start()
got, took = timed(lambda: s.acquire(timeout=0.6))
timer.join()
print("a handler that returns:", got, "after the whole wait:", took >= 0.55, "ran in", ran)
threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR2)).start()
threading.Timer(0.4, s.release).start()
got, took = timed(s.acquire)
print("then woken by a release:", got, took >= 0.3, "ran in", ran)
