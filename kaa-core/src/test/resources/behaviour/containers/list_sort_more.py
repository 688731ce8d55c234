# list.sort in depth: stability across keys, reverse keeps stability, key called once per item, errors mid-sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0]), sorted(sorted(data, key=lambda p: p[1]), key=lambda p: p[0]))
calls = []
def key(x):
    calls.append(x)
    return -x
nums = [3, 1, 2]
nums.sort(key=key)
print(nums, calls)
print(sorted([1.5, 1, True, 0, -0.0, 0.0, False]), sorted(["b", "B", "a", "A", "é", "E"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([[], [0], [0, 0], [-1, 5]]), sorted("hello", reverse=True), sorted({3: "a", 1: "b"}), sorted({"b", "a"}))
nan = float("nan")
print(sorted([3, nan, 1]) in ([1, 3, nan], [3, nan, 1], [1, nan, 3]) or "nan order is arbitrary")
lst = [5, 4, 3, 2, 1]
def mutate(x):
    lst.append(0)
    return x
try:
    lst.sort(key=mutate)
except ValueError as e:
    print("ValueError:", e)
lst2 = [3, 2, 1]
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise ZeroDivisionError("compare failed")
        return self.v < other.v
items = [Cmp(3), Cmp(2), Cmp(1)]
try:
    items.sort()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, sorted(c.v for c in items))
for call in (lambda: sorted([1, None]), lambda: sorted([1], key=len), lambda: [1].sort(reverse="x") or "no error",
             lambda: sorted(1), lambda: [].sort(1), lambda: sorted([], cmp=None), lambda: sorted(key=len)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([], key=None), sorted([2, 1], key=None), sorted(iter([2, 1])), sorted((x for x in [3, 1, 2]), reverse=True))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], sorted(range(10), key=lambda v: v % 3))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
