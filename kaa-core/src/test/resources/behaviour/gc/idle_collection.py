# What CPython frees when the last reference goes runs while the program waits: __del__ during a sleep, a weakref
# callback that another thread's del set off, a dropped thread pool whose workers end so that join() returns.
import threading, time, weakref
from concurrent import futures

class A:
    def __del__(self):
        print("del A in", threading.current_thread().name)

a = A()
del a
time.sleep(0.5)
print("slept")

class B:
    pass

b = B()
done = threading.Event()
r = weakref.ref(b, lambda r: (print("callback"), done.set()))

def drop():
    global b
    time.sleep(0.3)  # after the wait began: let go of while the main thread has been waiting a while
    del b

threading.Thread(target=drop).start()
print("callback ran:", done.wait(30))

executor = futures.ThreadPoolExecutor(max_workers=3)
results = executor.map(abs, range(-3, 3))
workers = executor._threads
del executor
for t in workers:
    t.join()
print("workers ended:", not any(t.is_alive() for t in workers), list(results))
