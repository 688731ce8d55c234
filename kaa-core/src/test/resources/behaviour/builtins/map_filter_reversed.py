# map, filter, reversed: several iterables, None predicate, __reversed__ and sequence fallbacks
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 99])), list(map(lambda *a: a, "ab", "xyz", [1, 2])))
print(list(map(str.upper, "ab")), list(map(len, [[], "ab", range(3)])))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(abs, "a"))
except TypeError as e:
    print("TypeError:", e)
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 0.0, 2j])), list(filter(lambda x: x % 2, range(7))))
print(list(filter(str.isdigit, "a1b22")), type(filter(None, [])).__name__, type(map(abs, [])).__name__)
try:
    filter(None, 5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), 5 in Seq())
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r))
# map/filter are lazy: the function runs only when consumed
log = []
m = map(log.append, [1, 2])
print(log, next(m), log)
