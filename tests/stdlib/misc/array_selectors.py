"""array (typed arrays, buffers, byte swapping) and selectors over a socketpair."""
import array
import selectors
import socket

a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a.itemsize, a.typecode, len(a), a[1:3], a.index(4), a.count(1))
b = array.array("d", [0.5, 1.5])
print(b.tobytes(), array.array("d", b.tobytes()), b.buffer_info()[1])
h = array.array("H", [1, 256])
h.byteswap()
print(h, array.array("u", "héllo").tounicode(), array.array("b", b"\x01\xff").tolist())
m = memoryview(array.array("B", range(5)))
print(m.tolist(), m.format, m.itemsize, bytes(m[1:3]))
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("z")
except ValueError as e:
    print("ValueError:", e)
print(array.array("i", [3, 1, 2]) < array.array("i", [3, 2]), sorted(array.array("f", [2.5, 1.0])), array.typecodes)
sel = selectors.DefaultSelector()
left, right = socket.socketpair()
left.setblocking(False)
right.setblocking(False)
sel.register(right, selectors.EVENT_READ, data="right side")
print(sel.select(timeout=0))
left.send(b"wake up")
events = sel.select(timeout=1)
for key, mask in events:
    print(key.data, mask == selectors.EVENT_READ, key.fileobj.recv(100))
sel.unregister(right)
sel.close()
left.close(); right.close()
