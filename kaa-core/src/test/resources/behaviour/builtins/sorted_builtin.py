print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted({3: "x", 1: "y"}))
words = ["b", "A", "c"]
print(sorted(words, key=str.lower), words)
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1, "x"])
except TypeError as e:
    print(e)
