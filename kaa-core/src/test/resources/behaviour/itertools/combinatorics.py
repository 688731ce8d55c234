# product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(product('ab', range(2))), list(product()), list(product('ab', [])), list(product([1, 2], repeat=2)))
print(list(product('ab', 'c', repeat=2))[:5], len(list(product(range(3), repeat=4))), list(product(repeat=3)))
show(lambda: product([1], repeat=-1))
show(lambda: product([1], foo=2))
show(lambda: product(1))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations([], 0)))
print(list(permutations('ab', 3)), list(permutations('abc', r=1)), list(permutations('abc', None)))
print(len(list(permutations(range(5)))), list(permutations('abcd', 2))[-3:])
show(lambda: permutations([1], -1))
show(lambda: permutations([1], 'a'))
show(lambda: permutations([1], 1.0))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations('ab', 3)), list(combinations([], 0)), len(list(combinations(range(10), 4))))
show(lambda: combinations([1], -1))
show(lambda: combinations([1]))
show(lambda: list(combinations(iterable=[1, 2], r=1)))
print(list(cwr('ABC', 2)), list(cwr([], 0)), list(cwr([], 1)), list(cwr('ab', 0)), len(list(cwr(range(5), 3))))
show(lambda: cwr([1], -1))

class Sq(product):
    def __init__(self, *a, **k):
        self.extra = 1
s = Sq('ab', repeat=2)
print(type(s).__name__, next(s), s.extra)
