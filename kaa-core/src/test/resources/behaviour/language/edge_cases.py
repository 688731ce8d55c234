def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("recursion:", e)
def after():
    return "still works"
print(after())
def gen_in_gen():
    def inner():
        yield from [1, 2]
    yield from inner()
    yield from (x * 10 for x in [3])
print(list(gen_in_gen()))
def defaults_evaluated_once(acc=[]):
    acc.append(len(acc))
    return acc
defaults_evaluated_once()
print(defaults_evaluated_once())
def kw_defaults(*, a=[0]):
    a[0] += 1
    return a[0]
kw_defaults(); print(kw_defaults())
f = lambda: (yield)
g = f()
print(type(g).__name__, next(g))
def returns_in_loops():
    for i in [1, 2, 3]:
        for j in [4, 5]:
            if i * j == 10:
                return i, j
print(returns_in_loops())
def try_in_loop():
    out = []
    for i in [0, 1, 2]:
        try:
            out.append({1: 10, 2: 5}[i])
        except KeyError:
            out.append("div")
            continue
        finally:
            out.append("f")
    return out
print(try_in_loop())
def unpack_targets():
    d = {}
    d["a"], d["b"] = 1, 2
    obj = type("O", (), {})()
    obj.x, (obj.y, obj.z) = 3, (4, 5)
    l = [0, 0, 0]
    l[0], *l[1:] = [7, 8, 9]
    return d, obj.x + obj.y + obj.z, l
print(unpack_targets())
x = [1, 2, 3]
x[1] += 10
print(x)
class A:
    v = 1
a = A()
a.v += 5
print(a.v, A.v)
chained = 1 < 2 < 3 > 2 != 5
print(chained, 1 < 2 > 3, (1 if 0 else 2), not 0, -(-3), ~5, +7)
print(0 or "" or None or "last", 1 and 2 and 3, None and 1)
s = "abc"
print(s[::-1], s * 2, "b" in s, "z" not in s, [1] is not [1])
t = 1,
print(t, (), ((1, 2),))
print(f"{'nested'!r:>10}|{3 + 4}|{x!s}")
