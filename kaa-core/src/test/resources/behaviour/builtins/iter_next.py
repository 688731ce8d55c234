it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)

n = 0


def counter():
    global n
    n += 1
    return n


print(list(iter(counter, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
