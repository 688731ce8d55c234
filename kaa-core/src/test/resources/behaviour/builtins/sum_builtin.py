print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([1, 2.5, 3]))
print(sum([2**62, 2**62, 2**62]), sum([True, True, 1]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], start=3))
print(sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]))
for bad in ("", b""):
    try:
        sum([], bad)
    except TypeError as e:
        print(e)
try:
    sum(1)
except TypeError as e:
    print(e)
