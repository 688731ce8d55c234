def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: '{} {}'.format(1, 2))
show(lambda: '{1}{0}'.format('a', 'b'))
show(lambda: '{x}-{y}'.format(x=1, y=2))
show(lambda: '{0!r}'.format('q'))
show(lambda: '{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'))
show(lambda: '{:*^9}'.format('mid'))
show(lambda: '{0[1]}'.format([5, 6]))
show(lambda: '{0[k]}'.format({'k': 'v'}))
show(lambda: '{0.imag}'.format('x'))
show(lambda: '{:{w}}|'.format('x', w=4))
show(lambda: '{} {1}'.format(1, 2))
show(lambda: '{2}'.format(1))
show(lambda: '{x}'.format())
show(lambda: '{'.format())
show(lambda: '{0!z}'.format(1))
show(lambda: '{:d}'.format('s'))
show(lambda: '{a}'.format_map({'a': 1}))
show(lambda: '{}'.format_map({}))
