def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: str())
show(lambda: str(42))
show(lambda: str(1.5))
show(lambda: str([1, 'a']))
show(lambda: str(b'ab'))
show(lambda: str(b'caf\xc3\xa9', 'utf-8'))
show(lambda: str(b'\xff', 'utf-8', 'replace'))
show(lambda: str(bytearray(b'x'), 'ascii'))
show(lambda: str('x', 'utf-8'))
show(lambda: str(1, 'utf-8'))
show(lambda: str(b'a', encoding=1))
show(lambda: str(x=1))
show(lambda: str(1, 2, 3, 4))
show(lambda: str(object='o'))
