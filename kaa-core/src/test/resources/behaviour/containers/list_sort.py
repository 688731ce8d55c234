# sort and sorted: key, reverse, stability, errors
a = [5, 3, 9, 1, 7, 2, 8, 0, 4, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "z")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(sorted([3, 1, 2]), sorted("banana"), sorted((2, 1), reverse=True))
print(sorted([[2, 1], [1, 2], [1]]))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [2, 1].sort(key=1)
except TypeError as e:
    print("TypeError:", e)
b = [3, 2, 1]
def grow(x):
    b.append(x)
    return x
try:
    b.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, b)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
