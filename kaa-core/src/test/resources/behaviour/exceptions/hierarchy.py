# The built-in hierarchy
import builtins
names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__mro__[1:]])
