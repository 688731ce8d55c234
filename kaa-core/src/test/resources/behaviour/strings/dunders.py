def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'abc'.__len__())
show(lambda: 'abc'.__contains__('b'))
show(lambda: 'abc'.__getitem__(1))
show(lambda: 'abc'.__add__('d'))
show(lambda: 'ab'.__mul__(2))
show(lambda: 'ab'.__rmul__(2))
show(lambda: '%s'.__mod__(1))
show(lambda: 'x'.__rmod__(1))
show(lambda: 'abc'.__getnewargs__())
show(lambda: 'abc'.__sizeof__())
show(lambda: '€'.__sizeof__())
show(lambda: hash('a') == hash('a'))
show(lambda: 'abc'.__eq__(1))
show(lambda: 'abc'.__lt__('abd'))
