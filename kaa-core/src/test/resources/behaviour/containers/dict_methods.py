# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear and insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["b"]
d["b"] = 1
print(d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update({}, {})
except TypeError as e:
    print("TypeError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("a"))
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c, type(c).__name__)
c.clear()
print(c, d)
print(dict(a=1, b=2), dict([("a", 1)], b=2), dict({1: 2}, x=3), dict(zip("ab", range(2))))
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["ab", "c"])
except ValueError as e:
    print("ValueError:", e)
# keys equal by == collapse; first key object is kept
e = {1: "int"}
e[1.0] = "float"
e[True] = "bool"
print(e)
print({1: 1, True: 2, 1.0: 3})
# reversed and in
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "a" in {"a": 1}, 1 in {"a": 1})
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError:", e)
# many pops and inserts: the table must still find free slots
g = {}
for n in range(200):
    g[n] = n
    g.popitem()
    g[-n] = n
print(len(g), g[-199], sum(g.values()))
