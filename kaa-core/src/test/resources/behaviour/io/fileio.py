# FileIO on the descriptor table: modes, names, reprs, errors, pipes, opener, closefd; the buffered classes on it.
import _io
import posix
import sys

tmp = f'/tmp/kaa-io-fileio-{sys.implementation.name}-{posix.getpid()}'


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, 'TMP'))


f = _io.FileIO(tmp, 'w')
print(f.write(b'line1\nline2\nline3'), f.tell(), f.mode, f.closefd, f.readable(), f.writable(), f.seekable())
f.close()
print(f, f.closed)
for op in (f.read, f.fileno, f.readable, lambda: f.write(b'x')):
    show(op)
b = _io.BufferedReader(_io.FileIO(tmp))
print(b.mode, list(b), b.tell())
b.close()
b = _io.BufferedRandom(_io.FileIO(tmp, 'r+'))
print(b.readline(), b.write(b'XX'), b.read(), b.seek(-3, 2), b.read(), b.tell())
b.close()
print(_io.FileIO(tmp).readall())
show(lambda: _io.FileIO(tmp + '-missing'))
show(lambda: _io.FileIO('/', 'r'))
show(lambda: _io.FileIO(tmp, 'rw'))
show(lambda: _io.FileIO(tmp, 'q'))
show(lambda: _io.FileIO(tmp, 3))
show(lambda: _io.FileIO(-1))
show(lambda: _io.FileIO(1.5))
show(lambda: _io.FileIO(tmp, 'w', closefd=False))
f = _io.FileIO(tmp, 'w')
show(f.read)
print(f.write(b'abc'), f.tell(), f.seek(0), f.truncate(2), f.tell())
f.close()
for m in ['w+', 'a', 'a+', 'x', 'r+', 'rb']:
    if m == 'x':
        posix.unlink(tmp)
    g = _io.FileIO(tmp, m)
    print(m, g.mode, repr(g).replace(tmp, 'TMP'))
    g.close()
g = _io.FileIO(1, 'w', closefd=False)
print(g, g.name)
show(lambda: _io.FileIO(tmp, opener=lambda p, fl: -3))
print(_io.FileIO(tmp, opener=lambda p, fl: posix.open(p, fl)).read())
r, w = posix.pipe()
posix.write(w, b'piped')
posix.close(w)
p = _io.FileIO(r)
print(p.seekable(), p.read(), p.read())
p.close()
show(lambda: posix.close(r))
posix.unlink(tmp)
