"""types.MethodType(function, instance): binding by hand (weakref.WeakMethod does), and its argument errors."""
import types
def f(self, x=1): return (self, x)
m = types.MethodType(f, 5)
print(m(), m(x=2), m.__self__, m.__func__ is f, m == types.MethodType(f, 5))
for args in [(f,), (f, None), (1, 2), (f, 1, 2)]:
    try: types.MethodType(*args)
    except TypeError as e: print(e)
try: types.MethodType(f, 1, x=2)
except TypeError as e: print(e)
