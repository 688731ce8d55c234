def make_adders():
    adders = []
    for n in [1, 2, 3]:
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([f(10) for f in make_adders()])
def late_binding():
    fs = []
    for n in [1, 2, 3]:
        fs.append(lambda: n)
    return [f() for f in fs]
print(late_binding())
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return bump, peek
bump, peek = counter()
bump(); bump()
print(peek())
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def uses_global():
    global x
    x = "changed"
uses_global()
print(x)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
class Scope:
    y = 5
    z = y * 2
    def method(self):
        return y_global
y_global = "g"
print(Scope.z, Scope().method())
def cell_arg(v):
    def get():
        return v
    v = v * 3
    return get()
print(cell_arg(2))
def del_local():
    q = 1
    del q
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(del_local())
def recurse_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recurse_closure(10))
print((lambda *a, **k: (a, len(k)))(1, 2, b=3, a=4))
