def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: b'abc'.decode())
show(lambda: b'caf\xc3\xa9'.decode('utf-8'))
show(lambda: b'\xff'.decode('utf-8'))
show(lambda: b'\xe0\x80'.decode('utf-8'))
show(lambda: b'\xc3'.decode('utf-8'))
show(lambda: b'\xff'.decode('utf-8', 'replace'))
show(lambda: b'a\xffb'.decode('utf-8', 'backslashreplace'))
show(lambda: b'a\xffb'.decode('ascii', 'surrogateescape'))
show(lambda: b'\xff'.decode('latin-1'))
show(lambda: b'\xff\xfea\x00'.decode('utf-16'))
show(lambda: b'\x00a'.decode('utf-16-be'))
show(lambda: b'a'.decode('utf-16'))
show(lambda: b'a'.decode('bogus'))
show(lambda: bytearray(b'x').decode())
