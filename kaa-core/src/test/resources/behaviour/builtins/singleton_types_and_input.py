# The types of None, Ellipsis and NotImplemented return their one instance; NotImplemented's truth warns;
# input() flushes the standard streams when it can and reads on when they cannot be flushed; hash of a union.
import io
import sys
import typing
import warnings

for const in None, Ellipsis, NotImplemented:
    tp = type(const)
    print(tp() is const, end=" ")
    for args, kwargs in (((1,), {}), ((), {"a": 1})):
        try:
            tp(*args, **kwargs)
        except TypeError as e:
            print(e, end="; ")
    print()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), [(w.category.__name__, str(w.message)) for w in caught])


class NoFlush:
    def __init__(self):
        self.written = []

    def write(self, s):
        self.written.append(s)


class BadFlush(NoFlush):
    def flush(self):
        raise OSError("cannot flush")


saved = sys.stdin, sys.stdout
try:
    sys.stdin = io.StringIO("first\nsecond\n")
    sys.stdout = out1 = NoFlush()
    a = input("? ")
    sys.stdout = out2 = BadFlush()
    b = input()
finally:
    sys.stdin, sys.stdout = saved
print(a, b, out1.written, out2.written)
print(hash(int | str) == hash(str | int) == hash(typing.Union[int, str]))
