# iter(callable, sentinel), next with default, the iterator protocol on user classes
data = iter([3, 2, 1, 0, 5])
it = iter(lambda: next(data), 0)
print(type(it).__name__, list(it), list(it), next(data))
lines = iter(["a\n", "b\n", "", "after"])
print(list(iter(lines.__next__, "")))
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
c = Count(3)
print(list(c), next(c, "default"), next(Count(1)))
try:
    next(Count(0))
except StopIteration as e:
    print("StopIteration:", e.value, e.args)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print("TypeError:", e)
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(GetItemOnly()), "b" in GetItemOnly(), list(enumerate(GetItemOnly())))
gi = iter(GetItemOnly())
print(type(gi).__name__, next(gi), list(gi))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
# sentinel compared with ==
vals = iter([1, 2.0, 3])
print(list(iter(lambda: next(vals), 2)))
def raising():
    raise StopIteration
print(list(iter(raising, None)))
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print("TypeError:", e)
