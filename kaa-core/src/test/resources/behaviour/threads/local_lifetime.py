# _thread._local: a cycle through a local object is collected; a thread's values go when the thread ends
import _thread
import gc
import threading
import weakref

class X:
    pass

x = X()
x.local = _thread._local()
x.local.x = x             # x -> local -> (this thread's dict) -> x
wr = weakref.ref(x)
del x
gc.collect()
print("cycle collected:", wr() is None)

local = _thread._local()
values = []

def keep():
    value = X()
    values.append(weakref.ref(value))
    local.value = value   # only the thread's dict keeps it

t = threading.Thread(target=keep)
t.start()
t.join()
gc.collect()
print("value gone with its thread:", values[0]() is None)
print("main thread never saw it:", hasattr(local, "value"))

# many threads, each with its own value of the same local
results = []
def own(n):
    local.n = n
    results.append(local.n == n)
threads = [threading.Thread(target=own, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(results.count(True), hasattr(local, "n"))
