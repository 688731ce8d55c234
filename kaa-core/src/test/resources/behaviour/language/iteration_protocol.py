# for loops and iterators: __iter__/__next__, the __getitem__ fallback, bad iterators, StopIteration, iterator reuse.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x for x in Countdown(2)])
c = Countdown(2)
print(list(c), list(c))

class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(Legacy()), 20 in Legacy(), list(iter(Legacy())))

class NotIterable:
    pass

class BadIter:
    def __iter__(self):
        return 5

class NextMissing:
    def __iter__(self):
        return self

class IterNone:
    __iter__ = None

for obj in [NotIterable(), BadIter(), NextMissing(), IterNone(), 5]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(e)

class Stops:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        raise StopIteration("value ignored by for")

s = Stops()
for _ in s:
    pass
print(s.calls)

calls = iter(lambda: len(calls_made.append(1) or calls_made), 3)
calls_made = []
print(list(calls))
it = iter([1, 2, 3])
for a in it:
    for b in it:
        print(a, b)

items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
seen = []
lst = [1, 2, 3, 4]
for x in lst:
    seen.append(x)
    lst.remove(x)
print(seen, lst)
print(next(iter(()), "default"), next(iter("a")))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
