# enumerate and zip: start, strict, laziness, errors
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)), list(enumerate("x", start=10**20)))
e = enumerate(iter([5, 6]))
print(next(e), iter(e) is e, list(e), list(e))
try:
    enumerate(5)
except TypeError as err:
    print("TypeError:", err)
try:
    enumerate("a", "b")
except TypeError as err:
    print("TypeError:", err)
print(list(zip()), list(zip("ab")), list(zip("abc", range(2))), list(zip([1], [2], [3])))
print(dict(zip("ab", "xy")), list(zip(*[(1, 2), (3, 4)])))
for a, b in (("ab", "xy"), ("ab", "x"), ("a", "xy")):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as err:
        print("ValueError:", err)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip("ab", "b", "cd", strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    zip(1)
except TypeError as err:
    print("TypeError:", err)
try:
    zip("a", foo=1)
except TypeError as err:
    print("TypeError:", err)
# zip stops at the first exhausted iterator without consuming more of the later ones
it = iter(range(10))
print(list(zip([1, 2], it)), next(it))
it = iter(range(10))
print(list(zip(it, [1, 2])), next(it))
print(type(zip()).__name__, type(enumerate("")).__name__)
