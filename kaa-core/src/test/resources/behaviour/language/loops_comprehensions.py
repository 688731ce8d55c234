nums = [5, 3, 8, 1, 9, 2]
print([n * n for n in nums if n % 2])
print({n: n * 2 for n in nums if n > 4})
print({n % 3 for n in nums} == {0, 1, 2})
print([[i * j for j in [1, 2, 3]] for i in [1, 2]])
print([(a, b) for a in [1, 2] for b in "xy"] if False else [(a, b) for a in [1, 2] for b in ["x", "y"]])
total = 0
for n in nums:
    if n == 1:
        continue
    if n == 9:
        break
    total += n
else:
    total = -1
print(total)
for n in []:
    pass
else:
    print("empty for else")
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    i -= 1
    if i < 0:
        break
print("broke at", i)
gen = (n for n in nums if n > 3)
print(next(gen), next(gen), list(gen))
pairs = [(1, "a"), (2, "b")]
for num, letter in pairs:
    print(num, letter)
for k, (a, b) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, a + b)
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row])
print([x for x in [y * 2 for y in [1, 2, 3]]])
d = {"a": 1, "b": 2}
for key in d:
    print(key, d[key])
acc = []
for x in [1, 2, 3]:
    try:
        if x == 2:
            continue
        acc.append(x)
    finally:
        acc.append("f")
print(acc)

x = 10
print([x for x in [1, 2]], x)
print({k: v for k, v in [("p", 1), ("q", 2)]})
