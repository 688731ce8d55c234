# Closures and higher-order functions: nonlocal counters, lambdas, map/filter.
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc

def compose(f, g):
    return lambda x: f(g(x))

c = counter()
for i in range(3000000):
    c(i & 3)
print(c(0))
h = compose(lambda x: x + 1, lambda x: x * 2)
print(sum(map(h, range(5000000))))
print(len(list(filter(lambda x: x % 7 == 3, range(5000000)))))
