# flock, lockf and F_SETLK on Kaa's descriptors: locks taken, converted and released; another descriptor of the same
# process meets the lock with LOCK_NB (flock's open-file-description semantics); the errors CPython gives.
import fcntl
import os
import struct
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "lock")

f = open(path, "wb+")
fcntl.flock(f, fcntl.LOCK_SH)
fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
print("exclusive held")

g = open(path, "rb+")
try:
    fcntl.flock(g, fcntl.LOCK_EX | fcntl.LOCK_NB)
except BlockingIOError as e:
    print("second description:", type(e).__name__, e.errno)
fcntl.flock(f, fcntl.LOCK_UN)
fcntl.flock(g, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("second description locks after unlock")
fcntl.flock(g, fcntl.LOCK_UN)

print("-- lockf")
fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0)
fcntl.lockf(f, fcntl.LOCK_UN, 10, 0)
fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.lockf(f, fcntl.LOCK_UN)
print("lockf done")
for cmd in [0, fcntl.LOCK_NB, fcntl.LOCK_UN | fcntl.LOCK_NB]:
    try:
        fcntl.lockf(f, cmd)
    except ValueError as e:
        print("ValueError:", e)

print("-- F_SETLK with a struct flock")
lockdata = struct.pack("hhqqhh", fcntl.F_WRLCK, 0, 0, 0, 0, 0)
print(fcntl.fcntl(f, fcntl.F_SETLKW, lockdata) == lockdata)
unlock = struct.pack("hhqqhh", fcntl.F_UNLCK, 0, 0, 0, 0, 0)
print(fcntl.fcntl(f, fcntl.F_SETLK, unlock) == unlock)

print("-- errors")
for call in [lambda: fcntl.flock(-1, fcntl.LOCK_SH), lambda: fcntl.flock("spam", fcntl.LOCK_SH),
             lambda: fcntl.flock(f, 0), lambda: fcntl.flock(9999, fcntl.LOCK_SH),
             lambda: fcntl.ioctl(f, 0x5401), lambda: fcntl.fcntl(f, 12345)]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("-- ioctl FIONREAD")
import array
FIONREAD = 0x541B  # FIONREAD on Linux
f.write(b"0123456789")
f.flush()
f.seek(3)
buf = array.array("i", [0])
print(fcntl.ioctl(f, FIONREAD, buf), buf[0])
print(struct.unpack("i", fcntl.ioctl(f, FIONREAD, b"\0\0\0\0"))[0])
r, w = os.pipe()
os.write(w, b"abc")
print(struct.unpack("i", fcntl.ioctl(r, FIONREAD, bytes(4)))[0])
os.close(r)
os.close(w)
f.close()
g.close()
os.remove(path)
os.rmdir(d)
