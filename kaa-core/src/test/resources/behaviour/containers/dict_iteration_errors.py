# dict KeyError reprs and mutation during iteration
d = {}
for key in ["k", 1, (1, 2), None, "", 2.5, frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    d[()]
except KeyError as e:
    print(repr(e), "[" + str(e) + "]")
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
print(str(KeyError()), str(KeyError("a", "b")), str(KeyError("a")), repr(KeyError("a")))
d = dict.fromkeys(range(5))
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
d = dict.fromkeys(range(5))
try:
    for k, v in d.items():
        d[k + 100] = v
except RuntimeError as e:
    print("RuntimeError:", e)
d = dict.fromkeys(range(3))
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
