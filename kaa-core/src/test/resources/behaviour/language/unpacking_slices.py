a = [1, 2, 3, 4, 5]
print(a[1:3], a[::2], a[-2:], a[:-1])
a[1:3] = [9]
print(a)
t = (1, 2, 3)
print(t[1:])
x, *y = a
print(x, y)
*p, q = t
print(p, q)
m, *n, o = [1, 2, 3, 4]
print(m, n, o)
try:
    r, s = [1]
except ValueError as e:
    print(e)
try:
    r, s = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    r, s = 5
except TypeError as e:
    print(e)
try:
    r, *s, u = [1]
except ValueError as e:
    print(e)
print(f"{1 + 1}-{'x'!r}-{3.5}-{'é'!a}")
