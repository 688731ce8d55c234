# Implicit chaining inside handlers and finally
def f():
    try:
        raise KeyError('a')
    finally:
        pass
try:
    try:
        f()
    except KeyError:
        try:
            raise TypeError('b')
        except TypeError as inner:
            print('inner context:', repr(inner.__context__))
            raise
except TypeError as e:
    print('outer:', repr(e), repr(e.__context__))
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise v
except ValueError as e:
    print('reraise keeps context:', e.__context__)
