# changing a dict while iterating it
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it))
del d[1]
d[4] = 4
print(next(it), next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.pop(2, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for kv in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
