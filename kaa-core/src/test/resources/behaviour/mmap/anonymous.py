# Anonymous maps: zeroed memory, writes, iteration (one-byte bytes), the context manager, resize, subclassing,
# weak references, and the repr.
import mmap
import weakref

with mmap.mmap(-1, 16) as m:
    print(repr(m), m[:4])
    try:
        m.size()
    except OSError as e:
        print("size of an anonymous map:", e.errno)
    m.write(b"hello")
    m[5] = 33
    print(m[:8], list(m)[:3], bytes(m)[:6], m.tell())
    m.resize(4)
    print(len(m), m[:], m.tell())
    m.resize(8)
    print(m[:])
    r = weakref.ref(m)
    print(r() is m)
print(m.closed)


class Anon(mmap.mmap):
    def __new__(cls, *args, **kwargs):
        return mmap.mmap.__new__(cls, -1, *args, **kwargs)


a = Anon(5)
a.extra = "x"
print(type(a).__name__, len(a), a.extra, isinstance(a, mmap.mmap))
a.close()
try:
    with mmap.mmap(-1, 4) as m2:
        raise KeyError("inside")
except KeyError:
    print("closed after an exception:", m2.closed)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.ACCESS_COPY, mmap.MAP_PRIVATE, mmap.error is OSError)
m = mmap.mmap(-1, mmap.PAGESIZE)
m.madvise(mmap.MADV_NORMAL)
for args in [(mmap.MADV_NORMAL, -1), (mmap.MADV_NORMAL, 0, -1)]:
    try:
        m.madvise(*args)
    except ValueError as e:
        print("ValueError", e)
