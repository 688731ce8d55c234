# __del__: called once when an instance dies (gc.collect() waits for it), what it raises reported as unraisable,
# resurrection, gc.is_finalized; and at the interpreter's end for those still alive, with threading still usable
import gc
import threading

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

n = Noisy("plain")
del n
gc.collect()
print("after the first collection")

class Cycle(Noisy):
    def __init__(self, name):
        super().__init__(name)
        self.me = self

Cycle("cycle")
gc.collect()

storage = []
class Lazarus:
    calls = 0
    def __del__(self):
        Lazarus.calls += 1
        storage.append(self)

l = Lazarus()
print("finalized before:", gc.is_finalized(l))
del l
gc.collect()
l = storage.pop()
print("resurrected:", type(l).__name__, "finalized:", gc.is_finalized(l))
del l
gc.collect()
print("__del__ calls:", Lazarus.calls, "finalized(3):", gc.is_finalized(3))

import sys
sys.unraisablehook = lambda u: print("unraisable:", u.err_msg, u.object.__qualname__, repr(u.exc_value))

class Fails:
    def __del__(self):
        raise ValueError("from __del__")

Fails()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("the program goes on")

main = threading.current_thread()
local = threading.local()
local.value = "still there"

class AtExit:
    def __del__(self):
        print("at exit:", local.value, threading.current_thread() is main, threading.enumerate() == [main])

keep = AtExit()
print("end of the program")
