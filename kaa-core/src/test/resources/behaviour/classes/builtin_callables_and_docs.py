# Every kind of callable built-in object has __call__ on its type (collections.abc.Callable checks the type);
# lru_cache wrappers are weakly referenceable; descriptor docs; types.TracebackType(...) keeps what it is given.
import collections.abc
import functools
import io
import sys
import types
import weakref


class K:
    def method(self):
        return "m"

    @staticmethod
    def static():
        return "s"

    @functools.lru_cache
    def cached(self):
        return "c"


for obj in (len, list.append, [].append, dict.fromkeys, dict.__dict__["fromkeys"], object.__init__,
            object().__init__, K().method, K.__dict__["static"], K.cached):
    t = type(obj)
    print(t.__name__, "__call__" in t.__dict__, isinstance(obj, collections.abc.Callable), callable(obj))
print(list.append.__call__(lst := [], 1), lst, K.__dict__["static"].__call__(), K().method.__call__())
print(weakref.ref(K.cached)() is K.cached)
print(io.FileIO.closed.__doc__, "|", complex.real.__doc__, "|", complex.imag.__doc__)
print(bytes.__doc__.splitlines()[0], "|", bytearray.__doc__.splitlines()[0])


def inner():
    try:
        raise OSError
    except OSError as e:
        return e.__traceback__


here = sys._getframe()
made = types.TracebackType(inner(), here, 1, 2)
print(made.tb_next.tb_frame.f_code.co_name, made.tb_frame is here, made.tb_lasti, made.tb_lineno)
for args in (("no", here, 1, 2), (None, "no", 1, 2), (None, here, "no", 2), (None, here, 1, 2 ** 40)):
    try:
        types.TracebackType(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
