print(None, Ellipsis, ..., NotImplemented, True, False, __debug__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(... is Ellipsis, bool(None), None is None)
print(__name__)
