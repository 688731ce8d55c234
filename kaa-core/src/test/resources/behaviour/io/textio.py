# TextIOWrapper over a byte stream: newline modes both ways, encodings and errors, tell/seek round trips,
# line buffering, reconfigure, detach, errors.
import _io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


w = _io.TextIOWrapper(_io.BytesIO(b'ab\r\ncd\ref\n'), encoding='utf-8')
print(w, w.encoding, w.errors, w.line_buffering, w.write_through, w.newlines, w._CHUNK_SIZE)
print(repr(w.readline()), repr(w.readline()), repr(w.read()))
show(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=3))
show(lambda: _io.TextIOWrapper(_io.BytesIO(), errors=3))
for op in (lambda: w.write(3), lambda: w.seek(1, 1), lambda: w.seek(1, 2), lambda: w.seek(0, 7), lambda: w.seek(-1)):
    show(op)
w.mode = 'r'
print(repr(w))
d = w.detach()
for op in (w.read, lambda: repr(w), lambda: w.encoding, lambda: w.closed):
    show(op)
w = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8')
w.close()
for op in (w.read, lambda: w.write('x'), w.tell, w.flush):
    show(op)
print(w.closed)
show(lambda: _io.TextIOWrapper.__new__(_io.TextIOWrapper).read())
w = _io.TextIOWrapper(_io.BytesIO(b'x\ny'), encoding='utf-8')
for line in w:
    print(repr(line))
    show(w.tell)
w = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', newline='\r\n')
w.write('a\nb')
w.flush()
print(w.buffer.getvalue())
show(lambda: w.write('\xe9'))
w = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', errors='replace', line_buffering=True)
w.write('a\xe9')
print(w.buffer.getvalue())
w.write('\n')
print(w.buffer.getvalue())
w.reconfigure(line_buffering=False, write_through=True, newline=None)
print(w.line_buffering, w.write_through)
show(lambda: _io.TextIOWrapper(_io.BytesIO(b'\xff'), encoding='utf-8').read())
print(_io.TextIOWrapper(_io.BytesIO(b'\xff\n'), encoding='utf-8', errors='surrogateescape').read()
      .encode('utf-8', 'surrogateescape'))
w = _io.TextIOWrapper(_io.BytesIO('héllo\nwörld\n'.encode()), encoding='utf-8')
print(w.read(3))
c = w.tell()
print(w.read(4), w.seek(c) == c, w.read())
w.seek(0)
print(w.readline())
c = w.tell()
print(w.readline(), w.seek(c) == c, w.readline())
show(lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'))
show(lambda: setattr(w, '_CHUNK_SIZE', 0))
for nl in (None, '', '\n', '\r', '\r\n'):
    w = _io.TextIOWrapper(_io.BytesIO(b'a\r\nb\rc\nd'), encoding='utf-8', newline=nl)
    print(repr(nl), w.readlines(), w.newlines)
    w = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', newline=nl)
    w.write('1\n2\r3\r\n')
    w.flush()
    print(w.buffer.getvalue())
w = _io.TextIOWrapper(_io.BytesIO(b'abc\r'), encoding='utf-8', newline='')
w._CHUNK_SIZE = 2
print(w.readlines())
w = _io.TextIOWrapper(_io.BytesIO('a€b\n'.encode() * 3), encoding='utf-8')
w._CHUNK_SIZE = 1
print(w.readline(), w.read(2), w.tell() > 0, w.read())
w = _io.TextIOWrapper(_io.BytesIO('a€b\r\nc€d\r\n'.encode() * 3), encoding='utf-8')
w._CHUNK_SIZE = 3
positions = []
while True:
    positions.append(w.tell())
    if not w.readline():
        break
print([w.seek(p) == p and w.readline() for p in reversed(positions)])
w = _io.TextIOWrapper(_io.BytesIO(b'x'), encoding='utf-8')
print(w.readable(), w.writable(), w.seekable(), w.isatty())
show(w.fileno)
w = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b'l1\nl2\n')), encoding='latin-1')
print(w.readline(), w.tell(), w.readline(), w.read(), w.tell())
w = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8')
print(w.write('hé'), w.tell(), w.seek(0), w.read(), w.tell())
w = _io.TextIOWrapper(_io.BytesIO(b'one\ntwo\nthree\n'), encoding='utf-8')
print(w.readline(2), w.readline(10), w.read(0), w.read(None))
show(lambda: w.readline(None))
