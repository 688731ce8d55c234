# Operator precedence and associativity as the grammar defines them, shown by values that differ otherwise.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(not 1 == 2, (not 1) == 2, not 0 + 1)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 2 * 3 % 4, 2 * (3 % 4))
print(100 // 7 * 7, 100 // (7 * 7), -7 // 2, -(7 // 2), -7 % 3)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 1 << 2 + 1, (1 << 2) + 1, ~1 + 1, ~(1 + 1))
print(1 < 2 == 2, (1 < 2) == 2, 3 & 1 == 1, (3 & 1) == 1)
print(True + True * 2, "a" + "b" * 2, [1] * 2 + [3])
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
print(0 or 1 and 2, (0 or 1) and 0, 1 and 0 or 3, not 0 and 5)
f = lambda x: x + 1 if x else -1
print(f(0), f(1))
print(2 ** -2 ** 2, -3 ** 0, +-+1, - - 1, ~-1)
print(3 - -3, 5 % -3, -5 % 3, 2 ** 0.5 ** 2)
print(1 in [1] == True, (1 in [1]) == True, None is None is not False)
x = [1, 2, 3]
print(x[1:][0], -x[0], x[-1:] + x[:1])
d = {"a": [10, 20]}
print(d["a"][1] ** 2, -d["a"][0] // 3)
print("%s-%s" % ("a", "b") + "!", "%d" % 3 * 2)
a = b = 5
a += b * 2
print(a, b)
print(type(1 < 2 < 3).__name__, 1 < 3 > 2 != 1)
print(4 @ M if (M := None) else "no matmul on None, never evaluated")
