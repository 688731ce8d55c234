# _functools.reduce and cmp_to_key
from _functools import reduce, cmp_to_key

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, 'hello'))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + [b], 'ab', []))
for g in [lambda: reduce(len, []), lambda: reduce(), lambda: reduce(len), lambda: reduce(1, 2),
          lambda: reduce(len, [1], 2, 3), lambda: reduce(lambda a, b: a + b, iterable=[1]),
          lambda: reduce(lambda a, b: a / b, [1, 0])]:
    show(g)

def numeric(a, b):
    return a - b
K = cmp_to_key(numeric)
print(sorted([5, 2, 9, 1], key=K), sorted('bca', key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__, type(K).__name__)
k1.obj = 7
print(k1.obj, max([3, 1, 2], key=K), min('zay', key=cmp_to_key(lambda a, b: ord(a) - ord(b))))
for g in [lambda: cmp_to_key(), lambda: K(1) < 2, lambda: hash(K(1)), lambda: K(), lambda: K(1, 2),
          lambda: K(obj=3).obj, lambda: cmp_to_key(mycmp=numeric)(4).obj, lambda: K(1) < K('a')]:
    show(g)
