# fcntl on descriptors: close-on-exec (F_GETFD/F_SETFD), status flags (F_GETFL/F_SETFL: access mode, O_APPEND,
# O_NONBLOCK), F_DUPFD(_CLOEXEC), and the errors for bad descriptors and arguments.
import fcntl
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")

with open(path, "wb") as f:
    fd = f.fileno()
    print("cloexec:", fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
    print("set inheritable:", fcntl.fcntl(fd, fcntl.F_SETFD, 0), fcntl.fcntl(fd, fcntl.F_GETFD), os.get_inheritable(fd))
    fcntl.fcntl(f, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
    print("back:", fcntl.fcntl(fd, fcntl.F_GETFD), os.get_inheritable(fd))
    fl = fcntl.fcntl(fd, fcntl.F_GETFL)
    print("wb accmode:", fl & os.O_ACCMODE == os.O_WRONLY, "append:", bool(fl & os.O_APPEND))
    f.write(b"hello")

for mode in ["rb", "r+b", "ab", "ab+"]:
    with open(path, mode) as f:
        fl = fcntl.fcntl(f, fcntl.F_GETFL)
        print(mode, fl & os.O_ACCMODE, bool(fl & os.O_APPEND), bool(fl & os.O_NONBLOCK))

print("-- O_APPEND switched on with F_SETFL")
fd = os.open(path, os.O_WRONLY)
fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
os.write(fd, b"!")
print(bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())

print("-- O_NONBLOCK on a pipe")
r, w = os.pipe()
fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK)
print("blocking:", os.get_blocking(r), bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print("pipe ends:", fcntl.fcntl(r, fcntl.F_GETFL) & os.O_ACCMODE, fcntl.fcntl(w, fcntl.F_GETFL) & os.O_ACCMODE)

print("-- F_DUPFD")
new = fcntl.fcntl(w, fcntl.F_DUPFD, 100)
print(new >= 100, os.get_inheritable(new), fcntl.fcntl(new, fcntl.F_GETFD))
new2 = fcntl.fcntl(w, fcntl.F_DUPFD_CLOEXEC, new)
print(new2 > new, os.get_inheritable(new2), fcntl.fcntl(new2, fcntl.F_GETFD))
os.write(new2, b"x")
print(os.read(r, 1))
for fd in (r, w, new, new2):
    os.close(fd)

print("-- errors")


class BadFile:
    def __init__(self, fn):
        self.fn = fn

    def fileno(self):
        return self.fn


for args in [(-1, fcntl.F_GETFD), (BadFile(-1), fcntl.F_GETFD), ("spam", fcntl.F_GETFD),
             (BadFile("spam"), fcntl.F_GETFD), (2**31, fcntl.F_GETFD), (BadFile(-2**31 - 1), fcntl.F_GETFD),
             (new, fcntl.F_GETFD), (0, fcntl.F_SETFL, "x" * 2000), (0, fcntl.F_SETFL, 1.5)]:
    try:
        fcntl.fcntl(*args)
    except (OSError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)
