# _queue.SimpleQueue and _queue.Empty (single thread: order, sizes, timeouts, errors)
import _queue
from _queue import SimpleQueue, Empty

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))

print(sorted(n for n in dir(_queue) if not n.startswith('__')), Empty.__mro__, Empty.__module__)
q = SimpleQueue()
print(q.empty(), q.qsize())
q.put(1); q.put('two', block=False); q.put_nowait([3]); q.put(4, True, 5)
print(q.empty(), q.qsize(), q.get(), q.get(False), q.get_nowait(), q.get(timeout=1), q.qsize())
for f in [lambda: q.get(timeout=-1), lambda: q.get(False), lambda: q.get_nowait(), lambda: q.get(timeout=0.01),
          lambda: q.get(block=True, timeout=0), lambda: SimpleQueue(1), lambda: q.get(block=True, timeout='a'),
          lambda: SimpleQueue[int]]:
    show(f)
class Tagged(SimpleQueue):
    pass
t = Tagged()
t.put(1)
t.name = 'x'
print(type(t).__name__, t.get(), t.name, isinstance(Empty(), Exception))
