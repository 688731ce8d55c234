# Call sites whose target changes between executions (what call caches must notice): rebound globals and builtins,
# methods replaced on the class, instance attributes shadowing methods, defaults changed, closures rebound.
def f():
    return "first f"

def call_f():
    return f()

results = []
for i in range(4):
    results.append(call_f())
    if i == 1:
        def f():
            return "second f"
print(results)

def use_len(x):
    return len(x)

out = []
for i in range(4):
    out.append(use_len("abc"))
    if i == 0:
        len = lambda x: "global len"
    elif i == 2:
        del len
print(out)

class C:
    def m(self):
        return "original m"

c = C()
seen = []
for i in range(5):
    seen.append(c.m())
    if i == 1:
        C.m = lambda self: "replaced on class"
    elif i == 2:
        c.m = lambda: "instance attribute"
    elif i == 3:
        del c.m
print(seen)

def g(a, b=1):
    return a + b

vals = []
for i in range(4):
    vals.append(g(10))
    if i == 1:
        g.__defaults__ = (100,)
print(vals)

def kw(*, k=1):
    return k

kws = []
for i in range(3):
    kws.append(kw())
    kw.__kwdefaults__ = {"k": i + 10}
print(kws)

def make():
    n = 0
    def read():
        return n
    def bump():
        nonlocal n
        n += 1
    return read, bump

read, bump = make()
reads = []
for i in range(3):
    reads.append(read())
    bump()
print(reads)

class Base:
    def who(self):
        return "Base.who"

class Derived(Base):
    pass

d = Derived()
who = []
for i in range(4):
    who.append(d.who())
    if i == 0:
        Derived.who = lambda self: "Derived.who"
    elif i == 1:
        del Derived.who
    elif i == 2:
        Base.who = lambda self: "new Base.who"
print(who)

class Callable:
    def __call__(self):
        return "call 1"

obj = Callable()
calls = []
for i in range(3):
    calls.append(obj())
    Callable.__call__ = lambda self, i=i: f"call {i + 2}"
print(calls)
import builtins
saved = builtins.print
printed = []
builtins.print = lambda *a: printed.append(a)
print("captured")
builtins.print = saved
print(printed)
