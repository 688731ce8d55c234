print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0, 3]), any(x > 2 for x in range(5)))


def noisy():
    for i in range(5):
        print("yield", i)
        yield i


print(all(noisy()))
print(any(noisy()))
try:
    all(1)
except TypeError as e:
    print(e)
