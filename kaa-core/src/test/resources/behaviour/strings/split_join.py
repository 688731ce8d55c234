def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'a,b,,c'.split(','))
show(lambda: 'a b  c'.split())
show(lambda: 'a b c'.split(None, 1))
show(lambda: 'a b c'.rsplit(None, 1))
show(lambda: 'a,b,c'.rsplit(',', 1))
show(lambda: 'abc'.split(''))
show(lambda: 'a\nb\r\nc\u2028d'.splitlines())
show(lambda: 'a\nb\n'.splitlines(True))
show(lambda: 'k=v=w'.partition('='))
show(lambda: 'k=v=w'.rpartition('='))
show(lambda: 'kvw'.partition('='))
show(lambda: '-'.join(['a', 'b']))
show(lambda: '-'.join('xyz'))
show(lambda: ''.join([]))
show(lambda: '-'.join([1]))
show(lambda: '-'.join(5))
show(lambda: 'a'.split(maxsplit=0))
