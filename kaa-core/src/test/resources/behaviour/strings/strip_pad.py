def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: '  x  '.strip())
show(lambda: 'xxhixx'.strip('x'))
show(lambda: 'xxhixx'.lstrip('x'))
show(lambda: 'xxhixx'.rstrip('x'))
show(lambda: '\u3000x\x85'.strip())
show(lambda: 'ab'.center(6, '*'))
show(lambda: 'ab'.ljust(5, '-'))
show(lambda: 'ab'.rjust(5))
show(lambda: 'ab'.center(5, 'xy'))
show(lambda: 'ab'.center(5, 1))
show(lambda: '42'.zfill(5))
show(lambda: '-42'.zfill(5))
show(lambda: 'a\tb'.expandtabs())
show(lambda: 'a\tb'.expandtabs(2))
show(lambda: 'pre-x'.removeprefix('pre-'))
show(lambda: 'x.py'.removesuffix('.py'))
show(lambda: 'x'.strip(1))
