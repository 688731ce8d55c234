# with_traceback and __traceback__
def f():
    raise ValueError('x')
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    e2 = KeyError('k').with_traceback(tb)
    print(e2.__traceback__ is tb)
    print(e2.with_traceback(None).__traceback__)
    try:
        e2.with_traceback(5)
    except TypeError as t:
        print('TypeError:', t)
