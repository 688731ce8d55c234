# module.__annotations__: the dict's entry, an empty dict stored on first read; set and deleted through the dict.
import types, sys
m = types.ModuleType('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'a': int}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError', e)
print(m.__annotations__)
x: int = 3
print(sys.modules[__name__].__annotations__)
