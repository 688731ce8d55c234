# range: indexing, slicing, containment, len, repr, equality, hashing, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]))
print(range(5), range(0, 5), range(1, 5, 1), range(5, 0, -1), repr(range(-3)))
print(8 in r, 9 in r, 8.0 in r, "x" in r, r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
big = range(10**20)
print(len(range(10**18)), big[-1], big[10**19], 10**19 in big, big[::10**19], big.index(12345))
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(big.stop, big.start, big.step)
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 10, 4))), min(range(3, 9)), max(range(3, 9)), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I(), 8, 2)), r[True])
# negative steps
print(list(range(10, 0, -3)), list(range(0, 10, -1)), len(range(-5, 5, -1)), range(10, 0, -3)[1:])
