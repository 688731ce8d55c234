# Writers dropped without close() are closed, so their buffered data reaches the file, as CPython closes a stream
# when it is freed (here: when the collector finds it, at the latest at gc.collect() or the program's end).
import gc
import io
import os
import tempfile

d = tempfile.mkdtemp()

def path(name):
    return os.path.join(d, name)

# text written through a dropped TextIOWrapper: its pending text, its buffer's bytes
f = open(path("text.txt"), "w")
f.write("pending text")
del f
gc.collect()
with open(path("text.txt")) as r:
    print("text:", r.read())

# thousands of writers dropped in a loop: the last write to each file is the one that stays
for i in range(3000):
    open(path("loop%d.txt" % (i % 3)), "w").write("write %d" % i)
gc.collect()
for i in range(3):
    with open(path("loop%d.txt" % i)) as r:
        print(r.read())

# binary buffered writer and random-access buffer
b = open(path("bin.dat"), "wb")
b.write(b"\x00\x01\x02")
rw = open(path("rw.dat"), "w+b")
rw.write(b"abc")
del b, rw
gc.collect()
print(open(path("bin.dat"), "rb").read(), open(path("rw.dat"), "rb").read())

# a subclass's close() is the one called
class Noisy(io.BufferedWriter):
    def close(self):
        print("Noisy.close, closed before:", self.closed)
        super().close()

n = Noisy(io.FileIO(path("noisy.dat"), "w"))
n.write(b"xyz")
del n
gc.collect()
print(open(path("noisy.dat"), "rb").read())

# a detached buffer is not closed with its former wrapper
raw = open(path("detached.txt"), "wb")
t = io.TextIOWrapper(raw, encoding="utf-8")
t.write("via wrapper ")
buf = t.detach()
del t
gc.collect()
buf.write(b"then buffer")
buf.close()
print(open(path("detached.txt")).read())

# a closed writer dropped is not closed twice
c = Noisy(io.FileIO(path("closed.dat"), "w"))
c.close()
del c
gc.collect()
print("done")
