"""The itertools recipes people actually use."""
import itertools as it
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))

def chunked(iterable, n):
    return list(it.batched(iterable, n))

def flatten(list_of_lists):
    return list(it.chain.from_iterable(list_of_lists))

def unique_everseen(iterable):
    seen = set()
    for x in it.filterfalse(seen.__contains__, iterable):
        seen.add(x)
        yield x

def sliding(iterable, n):
    its = it.tee(iterable, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)

print(take(5, it.count(10, 5)))
print(take(7, it.cycle("abc")))
print(list(it.repeat("x", 3)))
print(chunked("ABCDEFG", 3))
print(flatten([[1, 2], [3], [], [4, 5]]))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(sliding(range(6), 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.pairwise("abcd")))
print(list(it.product("ab", range(2))), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.islice("ABCDEFG", 2, None, 2)))
print(repr(it.count(5)), repr(it.repeat("a", 3)))
