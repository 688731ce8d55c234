# StringIO: newline modes in both directions, positions in code points, seek/truncate rules, state, errors.
import _io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for nl in ('\n', None, '', '\r', '\r\n'):
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
show(lambda: _io.StringIO(newline='x'))
show(lambda: _io.StringIO(3))
show(lambda: _io.StringIO(newline=3))
s = _io.StringIO()
print(s.write('abc'), s.seek(10), s.write('x'), repr(s.getvalue()), s.tell())
show(lambda: s.seek(1, 1))
show(lambda: s.seek(-1))
show(lambda: s.seek(0, 5))
show(lambda: s.write(b'x'))
print(s.line_buffering, s.encoding, s.errors, s.newlines, s.readable(), s.seekable(), s.writable())
show(lambda: s.fileno())
show(lambda: s.detach())
print(s.__getstate__())
show(lambda: s.truncate(2))
print(repr(s.getvalue()), s.tell())
s.close()
for op in (s.getvalue, s.read, lambda: s.line_buffering, lambda: s.newlines, lambda: iter(s)):
    show(op)
print(_io.StringIO('x').__getstate__())
s = _io.StringIO('x\U0001F600yz')
print(s.read(2), s.tell(), s.read())
s = _io.StringIO('ab\ncd')
print(repr(s.readline(1)), repr(s.readline(-1)), repr(s.read(1)), repr(s.read(None)), repr(s.read()))
show(lambda: _io.StringIO().read('x'))
with _io.StringIO("l1\nl2\n") as f:
    for line in f:
        print(repr(line))
print(f.closed)
s = _io.StringIO()
s.__setstate__(('hi\n', None, 1, {'a': 1}))
print(repr(s.read()), s.a)
show(lambda: s.__setstate__(1))
