e = TypeError('t')
e.__notes__ = ('tuple note', 'second')
try:
    raise e
except TypeError:
    x = KeyError('k')
    x.__notes__ = 'just a string'
    raise x
