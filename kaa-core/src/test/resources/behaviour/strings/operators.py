def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'a' + 'b')
show(lambda: 'ab' * 3)
show(lambda: 3 * 'ab')
show(lambda: 'ab' * -1)
show(lambda: 'a' + 1)
show(lambda: 'a' * 'b')
show(lambda: 'a' * 1.5)
show(lambda: [1] * 'a')
show(lambda: 'b' in 'abc')
show(lambda: '' in 'abc')
show(lambda: 1 in 'abc')
show(lambda: 'abc' < 'abd')
show(lambda: 'a' < 1)
show(lambda: '\U0001f600' > '\ue000')
show(lambda: 'a' == 'a')
show(lambda: 'a' != 'a')
