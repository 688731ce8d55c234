"""threading: workers with a Queue, Lock-protected counters, Event, Condition, ThreadPoolExecutor, results in order."""
import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed

q = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * 10)
        q.task_done()

threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for i in range(20):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(sorted(results) == [i * 10 for i in range(20)], len(results), [t.is_alive() for t in threads])
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=bump, args=(1000,)) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
ready = threading.Event()
seen = []
def waiter():
    ready.wait()
    seen.append("woke")
t = threading.Thread(target=waiter)
t.start()
ready.set()
t.join()
print(seen, ready.is_set(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
cond = threading.Condition()
box = []
def consumer():
    with cond:
        cond.wait_for(lambda: box)
        box.append("consumed " + box[0])
c = threading.Thread(target=consumer)
c.start()
with cond:
    box.append("item")
    cond.notify_all()
c.join()
print(box)
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * x, range(8))))
    futures = {ex.submit(pow, 2, n): n for n in range(5)}
    print(sorted(f.result() for f in as_completed(futures)))
local = threading.local()
def set_local(v, out):
    local.v = v
    out.append(local.v)
out = []
ts = [threading.Thread(target=set_local, args=(i, out)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), hasattr(local, "v"), threading.active_count())
timer_hits = []
tm = threading.Timer(0.01, timer_hits.append, args=("timer",))
tm.start(); tm.join()
print(timer_hits)
