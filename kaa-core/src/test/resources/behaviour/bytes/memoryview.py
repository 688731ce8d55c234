def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj)
print(bytes(m[2:]), m.hex(), m == b'abcdef', m[:2] == bytearray(b'ab'), list(m[:3]))
show(lambda: m[10])
show(lambda: m['x'])
show(lambda: m.__setitem__(0, 1))
buf = bytearray(b'hello')
w = memoryview(buf)
w[0] = 74
w[1:3] = b'EL'
print(buf, w.readonly, w.tobytes())
show(lambda: w.__setitem__(0, 300))
def assign_short():
    w[0:2] = b'x'


show(assign_short)
show(lambda: hash(w))
print(hash(memoryview(b'ab')) == hash(b'ab'))
with memoryview(b'ctx') as v:
    print(v.tobytes())
show(lambda: v.tobytes())
show(lambda: len(v))
v.release()
show(lambda: memoryview('str'))
print(str(b'abc', 'ascii'), b'-'.join([memoryview(b'a'), b'b']), memoryview(b'ab').cast('B').tolist())
print(memoryview(memoryview(b'nested')).tobytes(), memoryview(b'ro').toreadonly().readonly)
