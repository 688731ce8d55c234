def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'aaa'.replace('a', 'b'))
show(lambda: 'aaa'.replace('a', 'b', 2))
show(lambda: 'abc'.replace('', '-'))
show(lambda: 'abc'.replace(1, 'x'))
show(lambda: 'abc'.translate({97: 'A', 98: None}))
show(lambda: 'abc'.translate({97: 120}))
show(lambda: 'abc'.translate(str.maketrans('abc', 'xyz')))
show(lambda: 'abc'.translate(str.maketrans('a', 'b', 'c')))
show(lambda: str.maketrans({'a': 'b'}))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: str.maketrans(1))
show(lambda: 'abc'.translate({97: 1.5}))
show(lambda: 'abc'.translate({97: -1}))
