# _thread._local: each thread sees its own attributes; a subclass's __init__ runs again in each thread
import _thread

done = _thread.allocate_lock()
seen = []

data = _thread._local()
data.x = "main"

def other():
    seen.append(("other sees x", hasattr(data, "x")))
    data.x = "other"
    seen.append(("other x", data.x, sorted(data.__dict__)))
    done.release()

done.acquire()
_thread.start_new_thread(other, ())
done.acquire()
print(seen, data.x)

class Counter(_thread._local):
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
c.bump()
seen.clear()

def other2():
    seen.append(c.bump())
    seen.append(c.bump())
    done.release()

_thread.start_new_thread(other2, ())
done.acquire()
print(seen, c.value)
try:
    _thread._local(1)
except TypeError as e:
    print(e)
print(isinstance(c, _thread._local), type(c).__name__)
