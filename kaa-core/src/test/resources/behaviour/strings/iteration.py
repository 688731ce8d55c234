def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: list('abc'))
show(lambda: [c for c in 'h\u00e9\U0001f600'])
show(lambda: type(iter('abc')).__name__)
show(lambda: type(iter('\u20ac')).__name__)
show(lambda: list(reversed('abc')))
show(lambda: sorted('cab'))
show(lambda: next(iter(''), 'end'))
show(lambda: iter('abc').__length_hint__())
