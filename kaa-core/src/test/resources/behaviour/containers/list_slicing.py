# list slicing: steps, negative steps, slice assignment and deletion
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3::-2], a[8:2:-2], a[2:8:-1], a[100:], a[-100:2])
print(a[slice(None, None, 3)], a[slice(2, None)], a[:-7:-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[:] = "abc"
print(b)
b[len(b):] = [1]
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
del d[10:20]
print(d)
# assigning a slice from itself
e = [1, 2, 3]
e[1:] = e
print(e)
e[::-1] = e
print(e)
# extended slice with step -1 of equal length
f = [1, 2, 3, 4]
f[::-1] = [9, 8, 7, 6]
print(f)
f[3:0:-1] = "xyz"
print(f)
# indices with huge and index-like values
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a[I(2):I(5)], a[I(-1)], a[10**20:], a[-10**20:2])
try:
    a[1.5:]
except TypeError as e:
    print("TypeError:", e)
try:
    a[10**20]
except IndexError as e:
    print("IndexError:", e)
