def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: bytes())
show(lambda: bytes(3))
show(lambda: bytes([65, 66]))
show(lambda: bytes((1, 2)))
show(lambda: bytes(b'ab'))
show(lambda: bytes(bytearray(b'x')))
show(lambda: bytes(memoryview(b'mv')))
show(lambda: bytes('é', 'utf-8'))
show(lambda: bytes('a'))
show(lambda: bytes(b'a', 'ascii'))
show(lambda: bytes(-1))
show(lambda: bytes([256]))
show(lambda: bytes(['a']))
show(lambda: bytes(1.5))
show(lambda: bytes(iter([1, 2])))
show(lambda: bytes.fromhex('de ad be ef'))
show(lambda: bytes.fromhex('0g'))
show(lambda: bytes(errors='x'))
