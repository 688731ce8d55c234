# BytesIO: reading, writing past the end, seek/truncate rules, readinto, getbuffer, state, errors.
import _io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = _io.BytesIO(b'hello\nworld\n')
print(b.read(2), b.tell(), b.seek(0, 2), b.getvalue(), b.read1(), b.readinto(bytearray(3)))
show(lambda: b.seek(-1))
show(lambda: b.seek(0, 3))
show(lambda: b.seek(1.0))
show(lambda: b.truncate(-1))
show(lambda: b.write('x'))
show(lambda: _io.BytesIO('x'))
b.seek(20)
b.write(b'z')
print(b.getvalue())
b.seek(0)
print(list(b))
b.seek(-3, 2)
buf = bytearray(5)
print(b.readinto(buf), buf, b.tell(), b.seek(-100, 1))
print(b.truncate(5), b.getvalue(), b.tell(), b.readline(), b.readline(2))
print(b.__getstate__())
b.close()
for op in (b.getvalue, b.read, b.tell, lambda: b.closed, b.readable, b.getbuffer, b.flush):
    show(op)
mv = _io.BytesIO(b'abc').getbuffer()
print(bytes(mv), len(mv))
w = _io.BytesIO()
w.writelines([b'a', bytearray(b'b'), memoryview(b'c')])
print(w.getvalue(), w.isatty(), w.seekable())
