# BaseException.args, str() and repr() for zero, one and several arguments
for e in [ValueError(), ValueError('x'), ValueError('x', 2), ValueError(('t',)), TypeError(None), Exception(1.5)]:
    print(repr(e), '|', str(e), '|', e.args)
e = RuntimeError('a')
e.args = ['b', 'c']
print(e.args, str(e), repr(e))
e.args = 'xy'
print(e.args)
try:
    e.args = 5
except TypeError as t:
    print('TypeError:', t)
try:
    del e.args
except TypeError as t:
    print('TypeError:', t)
