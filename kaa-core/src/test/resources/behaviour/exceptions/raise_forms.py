# raise with a class, an instance, or something that is no exception
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ':', e)
def raise_class():
    raise ValueError
def raise_int():
    raise 5
def raise_from_int():
    raise ValueError('x') from 5
def raise_from_class():
    raise ValueError('x') from KeyError
attempt(raise_class)
attempt(raise_int)
attempt(raise_from_int)
try:
    raise_from_class()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
