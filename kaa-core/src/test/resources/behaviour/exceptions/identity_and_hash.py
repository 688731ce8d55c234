# Exceptions compare by identity
a, b = ValueError(1), ValueError(1)
print(a == b, a == a, a != b, hash(a) == hash(a))
s = {a, b, a}
print(len(s))
print(isinstance(a, Exception), isinstance(a, BaseException), isinstance(KeyboardInterrupt(), Exception))
print(issubclass(KeyError, LookupError), issubclass(LookupError, KeyError))
print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
