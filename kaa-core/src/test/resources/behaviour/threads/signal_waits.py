# A signal reaches the main thread while it is blocked in a wait: the handler runs there; one that raises ends the
# wait with its exception, one that returns lets the wait go on to its end (PEP 475).
import _thread
import os
import queue
import signal
import threading
import time


def send_later(signum, seconds=0.2):
    t = threading.Timer(seconds, os.kill, (os.getpid(), signum))
    t.start()
    return t


def interrupt(signum, frame):
    raise KeyboardInterrupt("signal %d in %s" % (signum, threading.current_thread().name))


signal.signal(signal.SIGUSR1, interrupt)
held = _thread.allocate_lock()
held.acquire()
for name, wait in [("time.sleep", lambda: time.sleep(30)),
                   ("lock.acquire", held.acquire),
                   ("lock.acquire(timeout)", lambda: held.acquire(timeout=30)),
                   ("RLock.acquire", lambda: threading.Thread(target=rlock.acquire).start() or time.sleep(0.05)
                    or rlock.acquire()),
                   ("queue.get", lambda: queue.Queue().get()),
                   ("Event.wait", lambda: threading.Event().wait()),
                   ("Thread.join", lambda: stopper.join())]:
    rlock = threading.RLock()
    stop = threading.Event()
    stopper = threading.Thread(target=stop.wait)
    stopper.start()
    timer = send_later(signal.SIGUSR1)
    try:
        wait()
        print(name, "returned")
    except KeyboardInterrupt as e:
        print(name, "raised", repr(e))
    stop.set()
    timer.join()

ran_in = []
signal.signal(signal.SIGUSR2, lambda signum, frame: ran_in.append(threading.current_thread().name))
for name, wait in [("time.sleep", lambda: time.sleep(0.6)),
                   ("lock.acquire(timeout)", lambda: held.acquire(timeout=0.6))]:
    timer = send_later(signal.SIGUSR2)
    start = time.monotonic()
    print(name, "gave", wait(), "after the whole wait:", time.monotonic() - start >= 0.55)
    timer.join()
    print("the handler ran in", ran_in)
    ran_in.clear()
