# for loop targets of every kind: names, attributes, subscripts, slices, nested tuples, starred; the loop variable
# can be rebound in the body without changing the iteration, and keeps its last value afterwards.
class Obj:
    pass

o = Obj()
for o.attr in [1, 2]:
    pass
print(o.attr)
d = {}
for d["key"] in "ab":
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
for (a, (b, c)), *rest in [((1, (2, 3)), 4, 5)]:
    print(a, b, c, rest)
for lst[0:2] in [[7, 8, 9]]:
    pass
print(lst)
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
print("last value:", i)
for ch in "":
    pass
try:
    ch
except NameError as e:
    print(e)

def gen_targets():
    for x in range(2):
        yield x

for j, k in zip(gen_targets(), "ab"):
    print(j, k)
try:
    for p, q in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(e)
try:
    for m in 5:
        pass
except TypeError as e:
    print(e)
for _ in range(2):
    for _ in range(2):
        pass
print(_)
