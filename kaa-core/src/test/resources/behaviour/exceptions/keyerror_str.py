# KeyError's str is the repr of a lone key
print(str(KeyError('k')), str(KeyError(1)), str(KeyError()), str(KeyError('a', 'b')))
print(repr(KeyError('k')))
d = {}
try:
    d['missing']
except KeyError as e:
    print(e, e.args, repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print(e, e.args)
try:
    {}.pop('x')
except LookupError as e:
    print(type(e).__name__, e)
