# list methods: append/extend/insert/pop/remove/index/count/copy/reverse/clear and their edge cases
a = [1, 2, 3]
a.append([4])
a.extend((5, 6))
a.extend(x * 10 for x in range(2))
a.extend("ab")
print(a)
a.insert(0, "start")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "very-start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
b = [3, 1, 3, 2, 3]
b.remove(3)
print(b, b.count(3), b.count(9), b.index(3), b.index(3, 2), b.index(2, -2))
try:
    b.index(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    b.remove("x")
except ValueError as e:
    print("ValueError:", e)
try:
    [None].index([])
except ValueError as e:
    print("ValueError:", e)
c = b.copy()
c.reverse()
print(b, c, c is b, c == b[::-1])
c.clear()
print(c, b)
# extend with itself, += with any iterable, *= repetition
d = [1, 2]
d.extend(d)
print(d)
d += range(3)
print(d)
d *= 2
print(d, len(d))
e = [0]
e *= 0
print(e)
e = [[]] * 3
e[0].append(1)
print(e)
print([1, 2] * -1, 3 * [7], [] * 5)
# equality with nan and identity shortcut
nan = float("nan")
print([nan] == [nan], [nan][0] == nan, nan in [nan], [1, 2] < [1, 2, 0], [2] > [1, 9])
# index uses ==, so 1 == 1.0 == True
print([True, 1.0, 1].index(1), [0, False].count(False))
