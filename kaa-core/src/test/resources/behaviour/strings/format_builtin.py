def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: format('abc'))
show(lambda: format('abc', '>6'))
show(lambda: format('abc', '.1'))
show(lambda: format('abc', 'x'))
show(lambda: format('abc', '+'))
show(lambda: f'{"x":>3}')
show(lambda: f'{"é"!a}')
show(lambda: f'{"q"!r:^7}')
show(lambda: 'abc'.__format__('^7'))
