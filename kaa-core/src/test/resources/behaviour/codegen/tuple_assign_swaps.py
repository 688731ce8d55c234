# a, b = x, y builds no tuple: the values are stored directly, in an order that keeps every binding right.
def order(tag, value):
    print("evaluate", tag)
    return value

def swaps():
    a, b, c = 1, 2, 3
    a, b = b, a
    print(a, b)
    a, b, c = c, a, b
    print(a, b, c)
    a, = b,
    print(a)
    a, a = 1, 2          # the same name twice: the last store wins
    print(a)
    a, b, a = 1, 2, 3
    print(a, b)
    a, b, b = 4, 5, 6
    print(a, b)
    b, a, b = 7, 8, 9
    print(a, b)
    x = [0, 0]
    x[0], b = 10, 11     # a subscript target keeps the plain unpacking order
    print(x, b)
    a, (b, c) = c, (a, b)
    print(a, b, c)
    a, b = order("first", 1), order("second", 2)
    print(a, b)
    a, _ = 5, order("discarded", 6)
    print(a, _)
    zr = zi = 0.5
    for _ in range(3):
        zr, zi = zr * zr - zi * zi + 0.1, 2.0 * zr * zi + 0.2
    print(zr, zi)
    a, b = 0, 1
    for _ in range(10):
        a, b = b, a + b
    print(a, b)
    try:
        a, b = 1, undefined_name
    except NameError as e:
        print("NameError:", e, a)

swaps()
# at module level the names are globals: the values are swapped on the stack instead
p, q = 1, 2
p, q = q, p
print(p, q)
p, q, r = q, p, 3
print(p, q, r)
p, p = 1, 2
print(p)
