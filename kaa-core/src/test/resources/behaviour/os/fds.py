# File descriptors through the posix module: lowest free numbers, dup sharing the offset, pipes, errors.
import posix

path = '/tmp/kaa-behaviour-fds-%d' % posix.getpid()
fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o600)
print(fd, posix.write(fd, b'hello world'), posix.get_inheritable(fd))
posix.close(fd)

fd = posix.open(path, posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1))
copy = posix.dup(fd)
print(copy, posix.read(copy, 100), posix.lseek(fd, 0, 1), posix.read(fd, 10))
st = posix.fstat(fd)
print(st.st_size, oct(st.st_mode), st[6], len(st), type(st).__name__)
posix.close(fd)
posix.close(copy)

for bad in (lambda: posix.read(fd, 1), lambda: posix.close(fd), lambda: posix.fstat(1000),
            lambda: posix.open('/nonexistent-dir/x', posix.O_RDONLY), lambda: posix.open('/tmp', posix.O_WRONLY),
            lambda: posix.open(path, posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY), lambda: posix.read(0, -1)):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, str(e.filename).replace(path, 'PATH'), str(e).replace(path, 'PATH'))

r, w = posix.pipe()
print(posix.write(w, b'abc'), posix.read(r, 10), posix.get_blocking(r))
posix.set_blocking(r, False)
try:
    posix.read(r, 10)
except BlockingIOError as e:
    print('BlockingIOError', e)
try:
    posix.lseek(r, 0, 0)
except OSError as e:
    print(type(e).__name__, e)
posix.close(w)
print(posix.read(r, 10))
w2 = posix.dup2(r, 20)
print(w2, posix.get_inheritable(20), posix.get_inheritable(r))
posix.close(r)
posix.close(20)
r, w = posix.pipe()
posix.close(r)
try:
    posix.write(w, b'x')
except BrokenPipeError as e:
    print('BrokenPipeError', e)
posix.close(w)
posix.unlink(path)
print(posix.strerror(2), '|', posix.strerror(1000))
for bad in ([1], 1.5, 'a\0b'):
    try:
        posix.stat(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
