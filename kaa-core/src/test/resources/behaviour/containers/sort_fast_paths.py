# list.sort compares all-int and all-str lists directly; anything else (subclasses with their own __lt__, mixed
# types, floats, big ints) must still go through <, with the same order and errors. (Mutation during a sort:
# list_sort.py.)
class Backwards(int):
    def __lt__(self, other):
        return int(other) < int(self)

xs = [5, -3, 2**62, 0, -2**63, 7, 5]
print(sorted(xs))
big = [2**70, 1, -2**80, 3]
print(sorted(big))
print(sorted([Backwards(1), Backwards(3), Backwards(2)]))
print(sorted([3, Backwards(1), 2]))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted([float("nan"), 2, 1]))

# stability: equal ints keep their order (told apart by identity)
a, b = int("1000"), int("1000")
ys = [b, 3, a, 1]
ys.sort()
print(ys, ys[2] is b, ys[3] is a)
ys.sort(reverse=True)
print(ys, ys[0] is b, ys[1] is a)

# str order is by code point, astral characters above U+FFFF
words = ["b", "a", "\U0001F600", "\uffff", "", "ab", "B"]
print([ascii(w) for w in sorted(words)])

class Loud(str):
    def __lt__(self, other):
        print("lt", str(self), str(other))
        return str.__lt__(self, other)

print(sorted([Loud("b"), Loud("a")]))
print(sorted(["x", "y"], key=lambda s: -ord(s)))

try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
