# Comparisons nested beyond CPython's C recursion limit (and self-containing containers) raise RecursionError
def nest(n):
    a = []
    for i in range(n):
        a = [a]
    return a
for n in (1000, 1490, 1510, 3000):
    try:
        print(n, nest(n) == nest(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
a = []; a.append(a); b = []; b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
t = (1, nest(5000))
try:
    print(t < (1, nest(5000)))
except RecursionError as e:
    print("RecursionError", e)
d = {}; d[1] = d; e = {}; e[1] = e
try:
    print(d == e)
except RecursionError as x:
    print("RecursionError", x)
print(a == a, [a] == [a])
