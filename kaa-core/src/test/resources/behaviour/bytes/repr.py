def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: repr(b'abc'))
show(lambda: repr(b"it's"))
show(lambda: repr(b'\'"'))
show(lambda: repr(b'\x00\n\t\x7f\x80\xff'))
show(lambda: repr(bytearray(b'x')))
show(lambda: repr(bytearray(b"'")))
show(lambda: str(b'x'))
