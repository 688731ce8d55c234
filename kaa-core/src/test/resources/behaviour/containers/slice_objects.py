# slice objects: attributes, indices, repr, comparisons, use with __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(None, None, -2).indices(5))
print(slice(-100, 100).indices(10), slice(100, -100, -1).indices(10), slice(2, 1).indices(10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    s.indices(-1)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
try:
    s.start = 3
except AttributeError as e:
    print("AttributeError:", e)
print(slice("a", [1], None), slice(1.5, 2.5).start)
class Show:
    def __getitem__(self, key):
        return key
x = Show()
print(x[1:2], x[::], x[1:2, 3], x[:, ...], x[::-1], x["a":"b":"c"])
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)], range(10)[slice(2, 8, 3)])
try:
    [1, 2]["a":]
except TypeError as e:
    print("TypeError:", e)
