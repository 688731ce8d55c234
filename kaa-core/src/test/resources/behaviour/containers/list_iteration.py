# iterating a list while it changes behaves as CPython: no crash, positional reads
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out)
a = [1, 2, 3, 4, 5]
for x in a:
    if x % 2:
        a.remove(x)
print(a)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, "done"))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
l = [1, 2]
it = iter(l)
l.clear()
print(list(it))
print(type(iter([])).__name__, type(iter(())).__name__)
print(list(reversed((1, 2, 3))))
