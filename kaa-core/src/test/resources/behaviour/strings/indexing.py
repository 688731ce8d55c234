def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'hello'[1])
show(lambda: 'hello'[-1])
show(lambda: 'hello'[5])
show(lambda: 'hello'[1:3])
show(lambda: 'hello'[::-1])
show(lambda: 'hello'[::2])
show(lambda: 'hello'[10:])
show(lambda: 'hello'[-100:2])
show(lambda: 'hello'[str('x')])
half = 1.5
show(lambda: 'hello'[half])
show(lambda: 'a\U0001f600b'[1])
show(lambda: 'a\U0001f600b'[::-1])
show(lambda: len('a\U0001f600b'))
show(lambda: 'hello'[True])
