# _bz2 and the bz2 module over it: one-shot and incremental compression, a decompressor fed in pieces with
# max_length (eof, needs_input, unused_data as CPython's), multi-stream files, BZ2File, and the errors.
import bz2
import io
import os
import tempfile

text = b"".join(b"line %d of a text that repeats itself\n" % i for i in range(2000))
data = bz2.compress(text)
print("round trip:", bz2.decompress(data) == text, data[:4])

c = bz2.BZ2Compressor(1)
chunks = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)] + [c.flush()]
print("incremental:", bz2.decompress(b"".join(chunks)) == text)

d = bz2.BZ2Decompressor()
out = []
for i in range(0, len(data), 50):
    out.append(d.decompress(data[i:i + 50]))
    if not d.eof:
        assert d.needs_input, i
print("pieces of 50:", b"".join(out) == text, d.eof, d.unused_data, d.needs_input)

d = bz2.BZ2Decompressor()
first = d.decompress(data, 100)
print("max_length:", len(first), d.needs_input, d.eof)
rest = []
while not d.eof:
    rest.append(d.decompress(b"", 7000))
print("drained:", first + b"".join(rest) == text, max(len(r) for r in rest) <= 7000, d.needs_input)

small = bz2.compress(b"hello" * 10)
d = bz2.BZ2Decompressor()
print(d.decompress(small + b"extra"), d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
d = bz2.BZ2Decompressor()
print(d.decompress(small[:10]), d.needs_input, d.eof)

print("two streams:", bz2.decompress(small + small) == b"hello" * 20)
for bad in [b"xxxxxxxxxx", small[:20]]:
    try:
        print(bz2.decompress(bad))
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
for level in [0, 10]:
    try:
        bz2.BZ2Compressor(level)
    except ValueError as e:
        print("ValueError", e)
c = bz2.BZ2Compressor()
c.flush()
for call in [c.flush, lambda: c.compress(b"x")]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

path = os.path.join(tempfile.mkdtemp(), "t.bz2")
with bz2.open(path, "wt", encoding="utf-8") as f:
    f.write("text mode\n" * 100)
with bz2.open(path, "rt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], os.path.getsize(path) < 200)
with bz2.BZ2File(io.BytesIO(data)) as f:
    print(f.read(10), f.readline(), f.seek(0), len(f.read()) == len(text))
os.remove(path)
os.rmdir(os.path.dirname(path))
