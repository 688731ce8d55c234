# gc.collect() and the references the interpreter keeps: a suspended generator holds neither the value it yielded
# nor the arguments of its calls; __del__ calls of one collection run one after another; gc.collect() inside one
# does nothing.
import gc, sys, weakref
from concurrent import futures

class D:
    pass

def make(i):
    return D()

def produce(n):
    for i in range(n):
        yield make(i)

for obj in produce(3):
    wr = weakref.ref(obj)
    del obj
    gc.collect()
    print("yielded value freed:", wr() is None)

with futures.ThreadPoolExecutor(max_workers=2) as ex:
    for obj in ex.map(make, range(3)):
        wr = weakref.ref(obj)
        del obj
        gc.collect()
        print("map result freed:", wr() is None)

def depth():
    f, n = sys._getframe(1), 0
    while f:
        f, n = f.f_back, n + 1
    return n

seen = []
class Cycle:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        seen.append((self.name, depth(), gc.collect()))

a, b, c = Cycle("a"), Cycle("b"), Cycle("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("collected something:", gc.collect() > 0)
print("finalized:", sorted(name for name, _, _ in seen))
print("one after another:", len({d for _, d, _ in seen}) == 1, "inner collections:", [n for _, _, n in seen])
