# dict views: live, set operations, comparisons, reprs, errors
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), list(i)[-1])
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), {"a", "q"} & k, type(k - set()).__name__)
print(i & {("a", 1), ("b", 0)}, sorted(i - {("a", 1)}), ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k < k, k >= {"a"}, k.isdisjoint({"x"}))
print(v == v, d.values() == d.values(), 2 in v)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(sorted(k), sorted(v, reverse=True))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping is d if hasattr(k, "mapping") else "no mapping")
try:
    v | {1}
except TypeError as e:
    print("TypeError:", e)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
# mutation during iteration of a view
try:
    for key in d.keys():
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
# value change during iteration is allowed
for key in d:
    d[key] = 0
print(d)
# items of unhashable values still compare set-like
e = {"x": [1]}
print(("x", [1]) in e.items(), ("x", [2]) in e.items(), e.items() == [("x", [1])])
try:
    e.items() == {("x", 1)}
except TypeError as e2:
    print("TypeError:", e2)
try:
    e.items() | set()
except TypeError as e2:
    print("TypeError:", e2)
print({}.keys() == set(), sorted(dict(a=1).keys() | ["b"]), sorted({1: 2}.items() | [(3, 4)]))
