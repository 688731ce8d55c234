# Lists: append, indexing, slicing, sorting, comprehensions.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [i for i, f in enumerate(flags) if f]

primes = sieve(8000000)
print(len(primes), primes[-1])
xs = [(i * 7919) % 100003 for i in range(1500000)]
xs.sort()
print(xs[0], xs[-1], sum(xs[::1000]))
m = [[i * j for j in range(400)] for i in range(400)]
print(sum(sum(row) for row in m))
