# _multiprocessing.SemLock on a POSIX named semaphore: what it is made of, its counts, a recursive mutex's owner,
# a semaphore's bound, another object for the same semaphore by name (_rebuild), sem_unlink, and the errors.
import _multiprocessing
import os
import threading
from _multiprocessing import SemLock, sem_unlink

RECURSIVE_MUTEX, SEMAPHORE = 0, 1
prefix = "/kaa-behaviour-%d-" % os.getpid()


def show(what, f, *args, **kwargs):
    try:
        print(what, "->", f(*args, **kwargs))
    except Exception as e:
        print(what, "raised", type(e).__name__, e)


def in_thread(f):
    out = []
    t = threading.Thread(target=lambda: out.append(f()))
    t.start()
    t.join()
    return out[0]


print(_multiprocessing.flags)
print(SemLock.__module__, SemLock.__name__, SemLock.__doc__, SemLock.SEM_VALUE_MAX)
print([n for n in sorted(vars(SemLock)) if not n.startswith("__")])

# a semaphore unlinked at once (fork context), and one kept by name (spawn context)
s = SemLock(SEMAPHORE, 2, 3, prefix + "s", True)
print(type(s.handle).__name__, s.handle > 0, s.kind, s.maxvalue, s.name)
named = SemLock(RECURSIVE_MUTEX, 1, 1, prefix + "m", False)
print(named.kind, named.maxvalue, named.name == prefix + "m")
show("same name again", SemLock, SEMAPHORE, 1, 1, prefix + "m", False)
print(isinstance(OSError(17, "x"), FileExistsError))

# a semaphore: counts go up and down, and the bound is checked on release
print("value", s._get_value(), "zero", s._is_zero(), "count", s._count())
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(block=False), s.acquire(True, 0))
print("value", s._get_value(), "zero", s._is_zero(), "count", s._count(), "mine", s._is_mine())
s.release()
s.release()
s.release()
print("value", s._get_value(), "count", s._count())
show("release past maxvalue", s.release)
print("count", s._count())
s._after_fork()
print("after fork count", s._count())
print("another thread acquires:", in_thread(lambda: (s.acquire(False), s._is_mine())), "count", s._count())
print("mine in main", s._is_mine())
with s:
    print("in with", s._get_value())
print("after with", s._get_value())

# a recursive mutex: the owner takes it again; another thread may not release it
m = SemLock(RECURSIVE_MUTEX, 1, 1, prefix + "r", True)
print(m.acquire(), m.acquire(), m.acquire(False), m._count(), m._is_mine(), m._get_value())
print("other thread can take it:", in_thread(lambda: m.acquire(False)))
show("other thread releases it", in_thread, lambda: show("  release", m.release))
m.release()
m.release()
print(m._count(), m._is_mine(), m._get_value())
m.release()
print(m._count(), m._is_mine(), m._get_value(), m._is_zero())
show("release unowned", m.release)
print("other thread takes it now:", in_thread(lambda: m.acquire(False)), "then main:", m.acquire(False))
print("main owns it?", m._is_mine(), m._count())

# _rebuild: the same semaphore by name (what a child does when unpickling)
again = SemLock._rebuild(named.handle, named.kind, named.maxvalue, named.name)
print(type(again).__name__, again.name == named.name, again.kind, again.maxvalue, again._count())
print(named.acquire(False), "seen by the other object:", again._get_value(), again.acquire(False))
named.release()
print(again.acquire(False), named._get_value())
again.release()

# a subclass
class Sub(SemLock):
    pass

sub = Sub(SEMAPHORE, 0, 1, prefix + "sub", False)
sub.note = "has a dict"
print(type(sub).__name__, sub.note, sub._is_zero(), type(Sub._rebuild(sub.handle, 1, 1, sub.name)).__name__)
sem_unlink(sub.name)

# errors
show("no args", SemLock)
show("bad kind", SemLock, 2, 1, 1, prefix + "x", True)
show("name None", SemLock, 0, 1, 1, None, True)
show("name bytes", SemLock, 0, 1, 1, b"/x", True)
show("value float", SemLock, 0, 1.5, 1, prefix + "x", True)
show("value too big", SemLock, 0, 2 ** 31, 1, prefix + "x", True)
show("negative value", SemLock, 0, -1, 1, prefix + "x", True)
show("NUL in name", SemLock, 0, 1, 1, "/x\0y", True)
show("surrogate in name", SemLock, 0, 1, 1, "/x\udc80", True)
show("slash inside name", SemLock, 0, 1, 1, "/a/b", True)
show("empty name", SemLock, 0, 1, 1, "", True)
show("too many", SemLock, 0, 1, 1, "/x", True, 5)
show("keywords", lambda: SemLock(kind=1, value=0, maxvalue=1, name=prefix + "kw", unlink=1).kind)
show("acquire 3 args", s.acquire, 1, 2, 3)
show("acquire bad keyword", s.acquire, blocking=1)
show("bad timeout", s.acquire, True, "x")
show("timeout and not blocking", s.acquire, False, 5)
show("_rebuild 3 args", SemLock._rebuild, 0, 1, 1)
show("_rebuild keyword", SemLock._rebuild, 0, 1, 1, name=None)
show("_rebuild bad handle", SemLock._rebuild, "x", 1, 1, None)
show("_rebuild bytes name", SemLock._rebuild, 0, 1, 1, b"/x")
show("_rebuild big kind", SemLock._rebuild, s.handle, 2 ** 40, 1, None)
show("_rebuild missing name", SemLock._rebuild, 0, 1, 1, prefix + "missing")
show("set kind", setattr, s, "kind", 0)

# sem_unlink
show("unlink", sem_unlink, prefix + "m")
show("unlink again", sem_unlink, prefix + "m")
show("unlink bytes", sem_unlink, b"/x")
show("unlink none", sem_unlink, None)
show("unlink NUL", sem_unlink, "/x\0")
show("unlink two", sem_unlink, "/a", "/b")
show("rebuild unlinked", SemLock._rebuild, 0, 1, 1, prefix + "m")
print("the open objects still work:", named.acquire(False), again._get_value())
