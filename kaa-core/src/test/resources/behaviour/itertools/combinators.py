# chain, compress, dropwhile, takewhile, filterfalse, starmap, accumulate, batched, pairwise, islice, zip_longest
import operator
from itertools import (chain, compress, dropwhile, takewhile, filterfalse, starmap, accumulate, batched,
                       pairwise, islice, zip_longest, count)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(chain[int], type(chain('a')).__name__)
show(lambda: chain(a=1))
show(lambda: next(chain(1)))
show(lambda: chain.from_iterable())
it = chain.from_iterable(iter([[1], 5]))
print(next(it))
show(lambda: next(it))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(data=range(5), selectors=[0, 1])))
show(lambda: compress([1]))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
show(lambda: dropwhile(len))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, ['ab', [1, 2]])))
show(lambda: next(starmap(len, [1])))
show(lambda: starmap(len))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([])))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=7)), list(accumulate('abc')))
print(list(accumulate(iterable=[3, 1, 2], func=max)))
show(lambda: accumulate())
show(lambda: list(accumulate([1, 'a'])))

print(list(batched('ABCDEFG', 3)), list(batched([], 2)), list(batched(range(4), n=2)))
show(lambda: batched([1], 0))
show(lambda: batched([1]))
show(lambda: batched([1], 'a'))
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
show(lambda: pairwise())

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(count(), 3, 20, 5)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)), list(islice('abc', 5, 10)))
for args in [(), ([1],), ([1], 1, 2, 3, 4), ([1], -1), ([1], 'a'), ([1], 1, -1), ([1], 1, -5), ([1], -2, 3),
             ([1], 1, 2, 0), ([1], 1, 2, -1), ([1], 1.0), ([1], 'a', 3), (1, 1), ([1], 2**100), ([1], 2**100, 3), ([1], 1, 2, 2**100)]:
    show(lambda: islice(*args))
show(lambda: islice([1], stop=1))
it = iter(range(10))
print(list(islice(it, 3)), next(it))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('ab')))
print(list(zip_longest([1], [2, 3], [4, 5, 6])))
show(lambda: zip_longest(fillvalue=1, x=2))
show(lambda: zip_longest([1], 2))

class Tagged(chain):
    pass
t = Tagged('ab', 'c')
print(type(t).__name__, list(t), isinstance(t, chain))
