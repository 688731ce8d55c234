# mutating a list while iterating over it: defined (if surprising) results, never an error
a = [1, 2, 3, 4]
for x in a:
    if x % 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = [0, 1, 2, 3, 4, 5]
for i, x in enumerate(c):
    del c[i]
print(c)
d = [3, 1, 2]
it = iter(d)
next(it)
d.sort()
print(list(it))
e = [1, 2, 3]
r = reversed(e)
next(r)
e.clear()
print(list(r))
f = [1, 2, 3]
res = [f.pop() for _ in f]
print(res, f)
g = list(range(5))
g[1:3] = []
it = iter(g)
print(next(it), next(it))
g.insert(0, "front")
print(list(it))
