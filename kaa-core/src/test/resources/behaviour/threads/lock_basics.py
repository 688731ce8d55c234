# _thread.lock and _thread.RLock: acquire/release, timeouts, errors, context managers, the methods threading uses
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, _thread.allocate is _thread.allocate_lock)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"), lock.locked_lock())
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": -0.5}), ((True, 1e10), {}),
                     ((True, float("nan")), {}), ((True, "x"), {})]:
    try:
        lock.acquire(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e, _thread.error is RuntimeError)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
print(lock.acquire_lock(), lock.locked())
lock.release_lock()
lock.acquire()
lock._at_fork_reinit()
print("reinit", lock.locked())
try:
    _thread.LockType()
except TypeError as e:
    print(e)

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
r.release()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
for bad in (r.release, r._release_save):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r.acquire(blocking=False), r.acquire(timeout=0.5))
r.release()

class MyRLock(_thread.RLock):
    pass
m = MyRLock()
print(repr(m).startswith("<unlocked MyRLock object owner=0 count=0 at 0x"))
print(_thread.TIMEOUT_MAX, isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident())
print(_thread._count(), _thread.stack_size(), _thread.daemon_threads_allowed())
try:
    _thread.stack_size(100)
except ValueError as e:
    print(e)
