# select.select waits for its timeout in seconds: with nothing to watch (a common way to sleep), on a pipe with no
# data, and until a signal handler that raises interrupts it
import os, select, signal, time

t = time.monotonic()
print(select.select([], [], [], 0.3), time.monotonic() - t >= 0.29)
r, w = os.pipe()
t = time.monotonic()
print(select.select([r], [], [], 0.25), time.monotonic() - t >= 0.24)
os.write(w, b'x')
print(select.select([r], [], [], 5) == ([r], [], []))


class Interrupted(Exception):
    pass


def handler(signum, frame):
    raise Interrupted


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.2)
t = time.monotonic()
try:
    select.select([], [], [], 10)
except Interrupted:
    print('interrupted', 0.15 < time.monotonic() - t < 5)
