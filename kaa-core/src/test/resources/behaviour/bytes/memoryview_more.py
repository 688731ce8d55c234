# memoryview: slicing views share memory, tobytes/tolist/hex, release and the context manager, readonly errors, cast
data = bytearray(b"abcdefgh")
m = memoryview(data)
part = m[2:6]
part[0] = ord("C")
print(data, part.tobytes(), part.tolist(), part.nbytes, part.obj is data, bytes(part[::2]))
data[3] = ord("D")
print(part.tobytes(), m[-1], m[::-2].tobytes(), m.hex(" ", 2), m[:0].tobytes())
print(m == data, m == b"abCDefgh", m != b"x", m[1:3] == memoryview(b"bC"), m.tolist()[:3])
ro = memoryview(b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    ro[0:2] = b"xx"
except TypeError as e:
    print("TypeError:", e)
print(ro.readonly, m.readonly, m.toreadonly().readonly, ro.contiguous, ro.c_contiguous, ro.f_contiguous)
with memoryview(bytearray(b"xyz")) as v:
    print(v[1], v.tobytes())
for call in (lambda: v[0], lambda: v.tobytes(), lambda: v.nbytes, lambda: bytes(v), lambda: v == v):
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
print(repr(v).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
w = memoryview(bytearray(b"\x01\x02\x03\x04"))
print(w.cast("B").tolist(), w.cast("B").format, w.cast("@B").itemsize)
for call in (lambda: m[1, 2], lambda: m[1,], lambda: m[:, :], lambda: m[1, :], lambda: m[()], lambda: m[100], lambda: memoryview(5), lambda: m.__setitem__(0, b"ab"),
             lambda: m.__setitem__(slice(0, 2), b"abc")):
    try:
        print(call())
    except (TypeError, IndexError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
print(len(memoryview(b"")), list(memoryview(b"ab")), [x for x in memoryview(bytearray(b"\x00\xff"))])
