# A class body is not an enclosing scope for its functions or comprehensions, except for the first iterable.
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        error = str(e)
    pairs = {k: v for k, v in zip(items, doubled)}
    total = sum(i for i in items)

print(C.doubled, C.error, C.pairs, C.total)
print(hasattr(C, "i"), hasattr(C, "scaled"))

factor = "global"
class D:
    factor = "class"
    seen = [factor for _ in range(1)]
    def method(self):
        return factor

print(D.seen, D().method())

def f():
    local = 5
    class E:
        local = 6
        got = [local for _ in range(1)]
    return E.got

print(f())

class F:
    x = 1
    y = x + 1
    lam = lambda: x

print(F.y)
try:
    F.lam()
except NameError as e:
    print(e)

i = "module i"
print([i for i in range(3)], i)
