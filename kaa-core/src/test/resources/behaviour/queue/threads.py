# _queue.SimpleQueue between threads: a consumer blocked in get() lets the producer run
import _thread
from _queue import SimpleQueue, Empty

q = SimpleQueue()
done = _thread.allocate_lock()
done.acquire()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * 2)
    done.release()
_thread.start_new_thread(consumer, ())
for i in range(100):
    q.put(i)
q.put(None)
done.acquire()
print(len(results), sum(results), q.empty())
try:
    q.get(timeout=0.05)
except Empty:
    print('timed out')
