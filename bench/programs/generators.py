# Generators: pipelines of generator functions and generator expressions, yield from.
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def chained(n):
    yield from naturals(n)
    yield from naturals(n)

print(sum(x * x for x in evens(naturals(8000000))))
print(sum(1 for _ in chained(4000000)))
