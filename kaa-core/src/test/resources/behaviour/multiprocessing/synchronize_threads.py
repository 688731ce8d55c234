# multiprocessing's Lock, RLock, Semaphore, BoundedSemaphore, Condition and Event (multiprocessing.synchronize, on
# _multiprocessing.SemLock) shared by several threads of one process.
import multiprocessing
import threading
import time

N = 4


def run_all(target, n=N):
    threads = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# Lock: a read-modify-write with a switch inside stays whole
lock = multiprocessing.Lock()
total = [0]


def add(i):
    for _ in range(50):
        with lock:
            v = total[0]
            time.sleep(0)
            total[0] = v + 1


run_all(add)
print("Lock:", total[0], lock)
print("non-blocking while held:", lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except ValueError as e:
    print("release unlocked:", e)

# RLock: the owner takes it again; the others wait for the last release
rlock = multiprocessing.RLock()
order = []


def nested(i):
    with rlock:
        with rlock:
            order.append(("in", i))
            time.sleep(0.01)
            order.append(("out", i))


run_all(nested)
print("RLock nesting kept whole:", all(order[k][0] == "in" and order[k + 1] == ("out", order[k][1])
                                        for k in range(0, len(order), 2)), len(order), rlock)
rlock.acquire()
print(rlock)
other = []
t = threading.Thread(target=lambda: other.append(rlock.acquire(False)))
t.start()
t.join()
print("another thread cannot take it:", other)
rlock.release()
try:
    rlock.release()
except AssertionError as e:
    print("release not owned:", e)

# Semaphore: at most 2 inside at once
sem = multiprocessing.Semaphore(2)
inside, most = [0], [0]
guard = threading.Lock()


def limited(i):
    with sem:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.05)
        with guard:
            inside[0] -= 1


run_all(limited, 6)
print("Semaphore: most inside at once", most[0], sem, sem.get_value())
sem.release()
print("a plain Semaphore may go above its start:", sem.get_value())

# BoundedSemaphore: released too many times
bsem = multiprocessing.BoundedSemaphore(2)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("BoundedSemaphore:", e, bsem)

# Condition: a producer notifies consumers
cond = multiprocessing.Condition()
items, got = [], []


def consume(i):
    with cond:
        if not cond.wait_for(lambda: items, timeout=10):
            got.append("timeout")
            return
        got.append(items.pop())


consumers = [threading.Thread(target=consume, args=(i,)) for i in range(3)]
for c in consumers:
    c.start()
time.sleep(0.1)
for k in range(3):
    with cond:
        items.append(k)
        cond.notify()
for c in consumers:
    c.join()
print("Condition:", sorted(got), cond)
with cond:
    print("wait times out:", cond.wait(0.05))
    print("notify_all with none waiting:", cond.notify_all())

# Event: threads wait for one set()
event = multiprocessing.Event()
woken = []


def waiter(i):
    woken.append(event.wait(10))


waiters = [threading.Thread(target=waiter, args=(i,)) for i in range(N)]
for w in waiters:
    w.start()
time.sleep(0.1)
print("Event before set:", event.is_set(), woken)
event.set()
for w in waiters:
    w.join()
print("Event after set:", event.is_set(), woken)
event.clear()
print("cleared:", event.is_set(), event.wait(0.05))
