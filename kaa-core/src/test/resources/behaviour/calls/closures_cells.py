# Closures: cells shared between functions, nonlocal updates, late binding, lambdas as callbacks
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
for i in range(10):
    inc(i & 3)
print(get(), inc(0), inc.__closure__[0].cell_contents)

def compose(f, g):
    return lambda x: f(g(x))
h = compose(lambda x: x + 1, lambda x: x * 2)
print(sum(map(h, range(100))), list(filter(lambda x: x % 7 == 3, range(40))))

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def outer():
    x = 'before'
    def read():
        return x
    x = 'after'
    return read
print(outer()())

def unbound():
    def read():
        return y
    try:
        read()
    except NameError as e:
        print(e)
    y = 1
    return read()
print(unbound())

def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            nonlocal a
            a += b
            return a
        return inner
    f = mid()
    f()
    f()
    return a
print(deep())
print(sorted(['b', 'a', 'C'], key=lambda s: s.lower()), max(range(10), key=lambda v: -v))
