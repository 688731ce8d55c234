def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: b'a' + b'b')
show(lambda: b'a' + bytearray(b'b'))
show(lambda: bytearray(b'a') + b'b')
show(lambda: b'a' + 'b')
show(lambda: b'a' + 1)
show(lambda: b'ab' * 2)
show(lambda: 2 * bytearray(b'ab'))
show(lambda: b'a' * 'x')
show(lambda: b'a' < b'b')
show(lambda: b'a' == bytearray(b'a'))
show(lambda: b'a' == 'a')
show(lambda: b'a' < 'a')
show(lambda: hash(b'') == 0)
show(lambda: hash(b'ab') == hash(b'ab'))
show(lambda: hash(bytearray()))
