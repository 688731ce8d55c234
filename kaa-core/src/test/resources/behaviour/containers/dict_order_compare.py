# dict ordering and comparison: delete and re-insert moves to the end, updates keep position, == ignores order
d = {}
for k in "dcba":
    d[k] = ord(k)
print(list(d), list(d.values()))
del d["c"]
d["c"] = 0
d["d"] = 1
print(list(d.items()))
d.update({"a": 9, "z": 26})
print(list(d))
print(d == {"z": 26, "c": 0, "d": 1, "b": 98, "a": 9}, list(d) == list({"z": 26, "c": 0, "d": 1, "b": 98, "a": 9}))
for call in (lambda: {} < {}, lambda: {1: 2} <= {1: 2}, lambda: {}.keys() < {}.keys(), lambda: {1: 1}.values() == [1]):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name})"
e = {Key("a"): 1}
e[Key("A")] = 2
e[Key("b")] = 3
print(e, len(e))
print(dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list({"x": 1, "y": 2}.items()))))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-2:])
for i in range(0, 1000, 2):
    big[i] = i
print(list(big)[498:503], min(big), max(big))
print({**{"a": 1, "b": 2}, "a": 3}, {"a": 3, **{"a": 1, "b": 2}}, dict({"a": 1}, a=2))
