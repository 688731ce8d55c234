def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: b'abc'[0])
show(lambda: b'abc'[-1])
show(lambda: b'abc'[3])
show(lambda: b'abc'[1:])
show(lambda: b'abc'[::-1])
show(lambda: b'abc'[str('x')])
show(lambda: list(b'ab'))
show(lambda: len(b'abc'))
show(lambda: type(iter(b'')).__name__)
show(lambda: 97 in b'abc')
show(lambda: b'bc' in b'abc')
show(lambda: 256 in b'a')
show(lambda: 'a' in b'a')
