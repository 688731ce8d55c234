# Exceptions have a __dict__
e = RuntimeError('r')
print(e.__dict__)
e.info = 1
print(e.__dict__, e.info)
e.__dict__ = {'a': 2}
print(e.a, hasattr(e, 'info'))
try:
    e.__dict__ = 5
except TypeError as t:
    print('TypeError:', t)
try:
    del e.__dict__
except TypeError as t:
    print('TypeError:', t)
