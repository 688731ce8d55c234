# BufferedReader/Writer/Random/RWPair over a raw stream: reads, peeks, line reads, seeks, writes, detach, errors.
import _io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = _io.BufferedReader(_io.BytesIO(b'abc\ndef\n'), 4)
print(r, r.peek(), r.read1(1), r.read(2), r.tell(), r.readline(), r.seek(1), r.read())
show(lambda: r.read(-2))
show(lambda: r.seek(0, 5))
show(lambda: _io.BufferedReader(_io.BytesIO(), 0))
show(lambda: r.write(b'x'))
print(r.readable(), r.writable(), r.seekable(), r.closed)
r.close()
print(r.closed)
for op in (r.read, r.readline, r.peek, r.read1, lambda: r.seek(0), r.tell, r.flush, r.fileno):
    show(op)
w = _io.BufferedWriter(_io.BytesIO())
print(w.write(b'abc'), w.tell(), w.raw.getvalue())
w.flush()
print(w.raw.getvalue())
d = w.detach()
for op in (lambda: w.write(b'x'), w.tell, lambda: w.closed, w.flush):
    show(op)
print(repr(w), d.getvalue())
w = _io.BufferedWriter(_io.BytesIO())
w.close()
show(lambda: w.write(b'x'))
show(w.flush)
show(lambda: _io.BufferedWriter(_io.BufferedReader(_io.BytesIO())))


class NotReadable(_io.BytesIO):
    def readable(self):
        return False


show(lambda: _io.BufferedReader(NotReadable()))
rw = _io.BufferedRandom(_io.BytesIO(b'0123456789'))
print(rw.read(2), rw.write(b'ab'), rw.read(2), rw.tell(), rw.seek(0), rw.read(), rw)
p = _io.BufferedRWPair(_io.BytesIO(b'xyz'), _io.BytesIO())
print(p.read(1), p.write(b'q'), p.peek(), p.readable(), p.writable(), p.closed)
for op in (lambda: p.seek(0), p.tell, p.fileno):
    show(op)
print(_io.BufferedReader.__new__(_io.BufferedReader))
show(lambda: _io.BufferedReader.__new__(_io.BufferedReader).read())
big = _io.BufferedReader(_io.BytesIO(bytes(range(256)) * 100), 1000)
print(len(big.read(5000)), big.tell(), len(big.read1(50000)), len(big.read()), big.read())
lines = _io.BufferedReader(_io.BytesIO(b'x' * 3000 + b'\nshort\n' + b'y' * 10), 64)
print([len(line) for line in lines])
bw = _io.BufferedWriter(_io.BytesIO(), 8)
for chunk in (b'12345', b'67890', b'x' * 20, b'z'):
    bw.write(chunk)
    print(bw.raw.getvalue(), bw.tell())
