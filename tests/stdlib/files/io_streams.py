"""io: StringIO and BytesIO, text files with encodings and newlines, buffered binary I/O, seek and tell."""
import io
import os
import tempfile

s = io.StringIO("line one\nline two\nline three\n")
print(s.readline(), s.read(4), s.tell(), s.readlines())
s.seek(0, io.SEEK_END)
s.write("four\n")
print(s.getvalue().count("\n"), list(io.StringIO("a\nb")))
b = io.BytesIO()
b.write(b"\x00\x01hello")
b.seek(2)
print(b.read(), b.getvalue(), b.getbuffer().nbytes, b.tell())
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "text.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        print("héllo", "wörld", sep="\n", file=f)
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8", newline="") as f:
        print(f.readlines())
    with open(path, "w", encoding="latin-1") as f:
        f.write("café\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="ascii", errors="replace") as f:
        print(f.read())
    with open(path, "r+b") as f:
        f.seek(1)
        f.write(b"A")
        f.seek(0)
        print(f.read(), f.seekable(), f.readable(), f.writable())
    with open(path, "rb", buffering=0) as raw:
        print(type(raw).__name__, raw.read(2))
    with open(path, "rb") as f:
        print(type(f).__name__, f.peek(1)[:1], f.read1(3))
    with open(path) as f:
        print(type(f).__name__, f.encoding, f.mode, os.path.basename(f.name), f.closed)
    print(f.closed)
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print(e.errno, e.strerror, os.path.basename(e.filename))
    try:
        open(path, "rw")
    except ValueError as e:
        print(e)
    wrapper = io.TextIOWrapper(io.BytesIO("ünï\n".encode("utf-16")), encoding="utf-16")
    print(wrapper.read())
