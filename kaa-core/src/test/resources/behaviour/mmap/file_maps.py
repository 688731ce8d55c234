# mmap over a file: indexing, slices, find/rfind, read/write/seek, write-through to the file, the buffer protocol
# (re, memoryview, struct.pack_into) reaching the file at flush, resize, access modes with CPython's errors.
import mmap
import os
import re
import struct
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data")
PAGE = mmap.PAGESIZE
with open(path, "wb") as f:
    f.write(b"\0" * PAGE + b"foo" + b"\0" * (PAGE - 3))

with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 2 * PAGE)
print(repr(m))
print(len(m), m.find(b"foo"), m[0], m[PAGE:PAGE + 3], m.size())
m[0] = ord("3")
m[PAGE + 3:PAGE + 6] = b"bar"
print(m[0:3], m[PAGE - 1:PAGE + 7])
with open(path, "rb") as f:
    print("file sees the write at once:", f.read(3), f.read()[PAGE - 3:PAGE + 3])
print("re:", re.search(b"[A-Za-z]+", m).span())
print("extended slice:", m[PAGE:PAGE + 6:2], m[PAGE + 5:PAGE - 1:-1])

mv = memoryview(m)
mv[1:3] = b"xy"
struct.pack_into("<I", m, 8, 0xDEADBEEF)
mv.release()
print(m[:12])
m.flush()
with open(path, "rb") as f:
    print("after flush:", f.read(12))

print("-- file-like")
m.seek(PAGE)
print(m.read(6), m.tell(), m.read_byte())
m.seek(-3, 2)
print(m.read(), m.read(), m.tell())
m.seek(0)
m.write(b"line one\nline two\n")
m.seek(0)
print(m.readline(), m.readline(), m.write_byte(65), m.tell())
print(m.rfind(b"line"), m.find(b"line", 1), m.find(b"line", 1, 12), m.find(b"zz"), m.rfind(b"\0", -5))
m.move(0, 5, 3)
print(m[:10])
for call in [lambda: m.seek(-1), lambda: m.seek(1, 2), lambda: m.seek(0, 3), lambda: m[2 * PAGE],
             lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, b"a"), lambda: m.__setitem__(slice(0, 2), b"a"),
             lambda: m.__delitem__(0), lambda: m["x"], lambda: m.move(0, 0, 3 * PAGE), lambda: m.read("x"),
             lambda: m.flush(1), lambda: m.flush(0, 3 * PAGE)]:
    try:
        call()
    except (ValueError, TypeError, IndexError, OSError) as e:
        print(type(e).__name__, e)

print("-- resize")
m.resize(512)
print(len(m), m.size(), os.path.getsize(path))
m.resize(PAGE + 10)
print(len(m), os.path.getsize(path), m[PAGE:PAGE + 10])
m.close()
print(m.closed, repr(m))
m.close()
try:
    m[0]
except ValueError as e:
    print("ValueError", e)

print("-- access modes")
with open(path, "wb") as f:
    f.write(b"a" * 10)
with open(path, "rb") as f:
    r = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_READ)
print(repr(r))
for call in [lambda: r.__setitem__(0, 98), lambda: r.write(b"b"), lambda: r.write_byte(98), lambda: r.resize(20),
             lambda: r.move(0, 1, 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
r.close()
with open(path, "r+b") as f:
    c = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_COPY)
    c[:] = b"d" * 10
    c.flush()
    print(c[:], open(path, "rb").read())
    try:
        c.resize(20)
    except TypeError as e:
        print("TypeError", e)
    c.close()
    for kwargs in [dict(access=4), dict(flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ, access=mmap.ACCESS_WRITE)]:
        try:
            mmap.mmap(f.fileno(), 10, **kwargs)
        except ValueError as e:
            print("ValueError", e)
    for size, offset in [(11, 0), (0, PAGE), (-1, 0), (1, -1)]:
        try:
            mmap.mmap(f.fileno(), size, offset=offset)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    whole = mmap.mmap(f.fileno(), 0)
    print("length 0 maps the file:", len(whole))
    whole.close()
with open(path, "rb") as f:
    try:
        mmap.mmap(f.fileno(), 10)
    except PermissionError as e:
        print("PermissionError", e.errno)
open(path, "wb").close()
with open(path, "rb") as f:
    try:
        mmap.mmap(f.fileno(), 0)
    except ValueError as e:
        print("ValueError", e)
try:
    mmap.mmap(-2, 4096)
except OSError as e:
    print("OSError", e.errno)
os.remove(path)
os.rmdir(d)
