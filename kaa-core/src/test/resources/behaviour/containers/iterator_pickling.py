# The built-in iterators pickle as CPython's: (iter, (seq,), index) resumed by __setstate__, exhausted ones as
# (iter, (empty,)), hash-table iterators as the list of what is left; range, slice and set reduce to their arguments.
import pickle


def show(it, label):
    r = it.__reduce__()
    print(label, type(it).__name__, r[0].__name__, r[1:])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert list(pickle.loads(pickle.dumps(it, proto))) == list(pickle.loads(pickle.dumps(it, 0)))


def walk(make, label):
    it = make()
    show(it, label)
    next(it, None)
    show(it, label + " after next")
    list(it)
    show(it, label + " exhausted")


walk(lambda: iter([1, 2, 3]), "list")
walk(lambda: reversed([1, 2, 3]), "reversed list")
walk(lambda: iter((1, 2)), "tuple")
walk(lambda: iter("ab"), "ascii str")
walk(lambda: iter("\xe9\u20ac"), "str")
walk(lambda: iter(b"ab"), "bytes")
walk(lambda: iter(bytearray(b"xy")), "bytearray")
walk(lambda: reversed((1, 2)), "reversed tuple")
walk(lambda: iter(range(5)), "range")
walk(lambda: reversed(range(3)), "reversed range")
walk(lambda: iter(range(2**64, 2**64 + 3)), "long range")
walk(lambda: iter({1: 2, 3: 4}), "dict keys")
walk(lambda: iter({1: 2, 3: 4}.items()), "dict items")
walk(lambda: reversed({1: 2, 3: 4}.values()), "reversed dict values")
walk(lambda: iter({5, 6}), "set")


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


it = iter(Seq())
next(it)
print(type(it).__name__, it.__reduce__()[1:][1:])
it = iter(lambda: 1, 2)
print(type(it).__name__, it.__reduce__()[1][1])

print("setstate")
for make, state in [(lambda: iter([1, 2, 3]), 2), (lambda: iter([1, 2]), 9), (lambda: iter([1, 2]), -5),
                    (lambda: reversed([1, 2, 3]), 0), (lambda: reversed([1, 2]), 9), (lambda: reversed([1, 2]), -3),
                    (lambda: iter("abc"), 1), (lambda: iter(range(10, 20, 2)), 2), (lambda: reversed(range(3)), 1),
                    (lambda: iter(range(-2**65, 20, 2)), 2**64 + 7), (lambda: iter(range(3)), -1),
                    (lambda: reversed((1, 2, 3)), 1)]:
    it = make()
    it.__setstate__(state)
    print(type(it).__name__, state, list(it))
try:
    iter(range(3)).__setstate__("a")
except TypeError as e:
    print("TypeError:", e)
try:
    iter([]).__setstate__(2**70)
except OverflowError as e:
    print("OverflowError:", e)

print("objects")
for o in [range(1, 10, 3), range(2**70), slice(1, None, "x"), {1, 2}, frozenset({3}), iter, len]:
    print(o.__reduce__() if not callable(o) or o in (iter, len) else None,
          [pickle.loads(pickle.dumps(o, p)) == o for p in (0, 2, 5)])
print([].append.__reduce__()[0].__name__, [].append.__reduce__()[1])
print(int.__new__.__reduce__())


class S(set):
    pass


s = S([1])
s.x = 5
print(s.__reduce__(), pickle.loads(pickle.dumps(s, 0)).x)
z = zip([1, 2], "ab")
next(z)
print(type(z.__reduce__()[0]).__name__, [list(i) for i in z.__reduce__()[1]])
print(list(pickle.loads(pickle.dumps(zip([1, 2], "ab", strict=True)))), zip("a", "b", strict=True).__reduce__()[2])
print(list(pickle.loads(pickle.dumps(map(abs, [-1, -2])))), list(pickle.loads(pickle.dumps(filter(None, [0, 1])))))
e = enumerate("abc", 5)
next(e)
print(list(pickle.loads(pickle.dumps(e))), enumerate("", 2**70).__reduce__()[1][1])
