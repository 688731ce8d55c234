# The eval breaker in a hot loop (docs/jit.md, "The breaker leaves the loop"): compiled code leaves the loop when the
# breaker is set and is entered again at its header. A signal handler's exception comes out at the loop's backward
# jump, caught by the function's own handler with the loop's line; a handler that returns lets the loop go on; a
# generator's loop (where it lands, in the generator or its consumer, is a matter of timing in CPython too) and a
# for loop over a range behave the same.
import os
import signal
import threading
import time


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop(frame.f_code.co_name)


def kill_after(seconds, times=1):
    def run():
        for _ in range(times):
            time.sleep(seconds)
            os.kill(os.getpid(), signal.SIGUSR1)
    t = threading.Thread(target=run)
    t.start()
    return t


def where(e):
    tb, frames = e.__traceback__, []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def spin():
    n = 0
    try:
        while True:
            n += 1
    except Stop as e:
        return str(e), where(e), n > 1000


signal.signal(signal.SIGUSR1, stop)
t = kill_after(0.3)
print(spin())
t.join()

count = [0]


def counting(signum, frame):
    count[0] += 1


def spin_until(limit):
    n = 0
    while count[0] < limit:
        n += 1
    return n > 1000


signal.signal(signal.SIGUSR1, counting)
t = kill_after(0.1, 3)
print(spin_until(3), count[0])
t.join()


def numbers():
    i = 0
    while True:
        i += 1
        yield i


def drain():
    total = 0
    try:
        for total in numbers():
            pass
    except Stop:
        return 'stopped', total > 1000  # in either frame: both loops check the breaker


signal.signal(signal.SIGUSR1, stop)
t = kill_after(0.3)
print(drain())
t.join()


def ranged():
    s = 0
    try:
        for i in range(10 ** 12):
            s += i & 7
    except Stop as e:
        return str(e), where(e)[0], s > 1000


t = kill_after(0.3)
print(ranged())
t.join()
