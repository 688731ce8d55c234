import builtins
print(len, print, repr(max))
print(builtins.len is len, type(len).__name__, len.__name__, len.__self__ is builtins)
print(builtins)
print([].append.__name__, [].append.__qualname__)
print(ValueError, int, type)
