# min/max return the first of equal items, sorted keeps equal items in order, key=None, mixed numeric types
items = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(max(items, key=lambda p: p[0]), min(items, key=lambda p: p[0]), max([1, 1.0, True]), min([1.0, 1, True]))
print(type(max(1, 1.0)).__name__, type(min(True, 1)).__name__, max(2, 3.5, -1), min("b", "a", "c", key=None), max([[]] * 2) is not None)
print(sorted(items, key=lambda p: p[0]), sorted([True, 1, 1.0, 0, False, 0.0], key=None))
print(max("apple", "fig", key=len), max("fig", "kiwi", "pear", key=len), min(["aa", "b", "cc", "d"], key=len))
print(max(range(5), key=lambda v: -abs(v - 2)), max({3: "a", 9: "b"}), min({"b": 1, "a": 2}.items()), max(iter([5]), default=0))
print(max([], default=None), min((), default="empty"), max([0.0, -0.0]), min([-0.0, 0.0]), max([float("nan"), 1]), max([1, float("nan")]))
