# Files dropped without close() give their descriptors back, as CPython's (which closes them when freed): a program
# reading thousands of files with open(path).read() never runs out of descriptors.
import gc
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
with open(path, "w") as f:
    f.write("payload\n")

total = 0
for i in range(3000):
    total += len(open(path).read())
print("read", total)

for i in range(3000):
    open(path, "rb").read(3)
print("binary reads done")

# a descriptor closed explicitly and then reused by another file is not closed when the first object dies
first = open(path)
number = first.fileno()
first.close()
second = open(path)
print("same number reused:", second.fileno() == number)
del first
gc.collect()
print("second still readable:", second.read().strip())
second.close()

# closefd=False leaves the descriptor to its owner even when the file object dies
fd = os.open(path, os.O_RDONLY)
view = open(fd, closefd=False)
del view
gc.collect()
print("raw descriptor still open:", os.read(fd, 7))
os.close(fd)

os.remove(path)
os.rmdir(d)
