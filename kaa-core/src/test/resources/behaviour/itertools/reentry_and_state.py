# itertools: pairwise re-entered from its source's __next__ (the pair holds what this call read), accumulate's
# pickling of a None total, cycle.__setstate__'s argument errors, tee objects are weakly referenceable.
import itertools, operator, pickle, weakref, copy
def check(reenter_at, n):
    class I:
        count = 0
        def __iter__(self): return self
        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]
    it = itertools.pairwise(I())
    print([next(it) for _ in range(n)])
check({2}, 3)
check({1, 4}, 3)
def check2(maxcount):
    class I:
        count = 0
        def __iter__(self): return self
        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]
    it = itertools.pairwise(I())
    print(list(it))
for m in range(1, 5): check2(m)
import warnings
warnings.simplefilter("ignore")
it = itertools.accumulate([None, None, None], operator.is_)
print(next(it), list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
for state in [(list("abc"),), (list("abc"), 0), (list("abc"), 1), (list("abc"), "x"), (tuple("abc"), 0), [list("abc"), 0]]:
    try:
        c = itertools.cycle("defg")
        c.__setstate__(state)
        print(list(itertools.islice(c, 8)))
    except TypeError as e:
        print("TypeError:", e)
a, b = itertools.tee([1, 2, 3])
p = weakref.proxy(a)
print(next(p), list(b))
