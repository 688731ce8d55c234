# Unpacking assignment: starred targets, nesting, targets of every kind, and the error messages.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
first, *rest = (1,)
print(first, rest)
(h, i), [j, *k] = (1, 2), "abc"
print(h, i, j, k)
x = y = z = []
print(x is y is z)
obj = type("O", (), {})()
lst = [0, 0, 0]
obj.attr, lst[1], *lst[2:] = 7, 8, 9, 10
print(obj.attr, lst)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
m, n = n, m = 1, 2
print(m, n)
s = [1, 2, 3]
i = 0
i, s[i] = 1, "set"
print(i, s)
*t, = "ab"
print(t)
[u] = {42}
print(u)

def unpack(value, count):
    try:
        if count == 2:
            a, b = value
        elif count == 3:
            a, *b, c = value
        return "ok"
    except (ValueError, TypeError) as err:
        return f"{type(err).__name__}: {err}"

print(unpack([1], 2))
print(unpack([1, 2, 3], 2))
print(unpack(iter(range(10)), 2))
print(unpack([1], 3))
print(unpack(5, 2))
print(unpack(None, 3))

for src in ["*a = [1]", "a, *b, *c = [1]", "*a, *b = 1, 2", "a, *b = *c", "del *a, b"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as err:
        print(err.msg)
print([*range(3), *"ab"], {*(), *[1]}, (*[1, 2],))
