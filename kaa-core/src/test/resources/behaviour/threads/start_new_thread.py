# _thread.start_new_thread: threads run their function, see shared objects, report uncaught exceptions
import _thread, sys

results = []
done = _thread.allocate_lock()
count_lock = _thread.allocate_lock()
pending = [4]

def work(n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    with count_lock:
        results.append((n, total, _thread.get_ident() != main_ident))
        pending[0] -= 1
        if pending[0] == 0:
            done.release()

main_ident = _thread.get_ident()
done.acquire()
for n in (1000, 2000, 3000):
    _thread.start_new_thread(work, (n,))
_thread.start_new_thread(work, (10,), {"scale": 2})
done.acquire()
print(sorted(results))

for args in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)

class Errors:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
    def flush(self):
        pass

def fails():
    try:
        raise ValueError("in a thread")
    finally:
        done.release()

def exits():
    try:
        _thread.exit()
    finally:
        done.release()

sys.stderr = Errors()
_thread.start_new_thread(fails, ())
done.acquire()
_thread.start_new_thread(exits, ())
done.acquire()
# let both threads finish reporting
import_lock = _thread.allocate_lock()
while _thread._count():
    import_lock.acquire(timeout=0.01)
report = "".join(sys.stderr.text)
sys.stderr = sys.__stderr__
print(report.split(" at 0x")[0])
print(report.splitlines()[-1])
