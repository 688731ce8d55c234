# The base classes' mixin methods call a Python subclass's read/readinto/readline, and their errors.
import _io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Raw(_io._RawIOBase):
    def __init__(self):
        self.data = b"ab\ncd"

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

    def readable(self):
        return True


r = Raw()
print(r.readline(), r.read(), r.read())
print(list(Raw()), Raw().readall(), Raw().readlines(2))


class Upper(_io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()


print(list(Upper("a\nb\n")))

b = _io._IOBase()
for name in ['seek', 'tell', 'truncate', 'fileno', 'isatty', 'flush', 'readable', '_checkReadable', '_checkWritable', '_checkSeekable']:
    show(getattr(b, name))
show(lambda: b.seek(0, 0))
b.close()
show(b.flush)
show(lambda: b.closed)
show(b.__enter__)
show(lambda: _io._IOBase(1))
r = _io._RawIOBase()
show(r.read)
show(lambda: r.read(3))
bb = _io._BufferedIOBase()
for op in (bb.read, bb.read1, lambda: bb.readinto(bytearray(3)), lambda: bb.write(b'x'), bb.detach):
    show(op)
tt = _io._TextIOBase()
for op in (tt.read, tt.readline, lambda: tt.write('x'), tt.detach, lambda: (tt.encoding, tt.newlines, tt.errors)):
    show(op)


class NotBytes(_io._RawIOBase):
    def read(self, n):
        return 'x'


show(lambda: NotBytes().readall())
show(lambda: NotBytes().readline())


class Buf(_io._BufferedIOBase):
    def read(self, n):
        return b'xy'


buf = bytearray(4)
print(Buf().readinto(buf), buf)
print(_io.text_encoding('utf-8'), _io.UnsupportedOperation.__mro__)
d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r', final=True)), d.newlines, d.getstate())
