# array.array as a buffer: memoryview over its items, readinto and struct writing into it, bytes made from it.
import array, io, struct
a = array.array('d', [1.5, 2.5])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.tobytes() == a.tobytes(), len(m), m[1], m.obj is a)
print(memoryview(array.array('i', [1,-2])).cast('B').tolist()[:5])
b = array.array('i', [0, 0])
io.BytesIO(b'\x01\x00\x00\x00\x02\x00\x00\x00').readinto(b)
print(b, struct.unpack('ii', a.tobytes()[:8]) if False else struct.unpack_from('i', b))
print(bytes(b), bytearray(b), b'x' + b)
