def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'hello'.find('l'))
show(lambda: 'hello'.rfind('l'))
show(lambda: 'hello'.find('z'))
show(lambda: 'hello'.index('z'))
show(lambda: 'hello'.rindex('l', 0, 3))
show(lambda: 'hello'.find('l', -2))
show(lambda: 'hello'.count('l'))
show(lambda: 'aaa'.count(''))
show(lambda: 'hello'.find(1))
show(lambda: 'hello'.find('l', 'x'))
show(lambda: 'hello'.find())
show(lambda: 'hello'.startswith('he'))
show(lambda: 'hello'.startswith(('x', 'h')))
show(lambda: 'hello'.endswith('lo', 0, 5))
show(lambda: 'hello'.startswith(1))
show(lambda: 'hello'.endswith(('o', 2)))
