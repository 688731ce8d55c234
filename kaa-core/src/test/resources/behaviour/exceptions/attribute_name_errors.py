# AttributeError(name=, obj=) and NameError(name=)
a = AttributeError('no attr', name='x', obj=[1])
print(a.name, a.obj, a.args)
print(AttributeError().name, AttributeError().obj)
try:
    AttributeError('m', nmae='x')
except TypeError as t:
    print('TypeError:', t)
n = NameError('undefined', name='v')
print(n.name, str(n))
print(UnboundLocalError('u', name='w').name, issubclass(UnboundLocalError, NameError))
try:
    NameError('m', obj=1)
except TypeError as t:
    print('TypeError:', t)
