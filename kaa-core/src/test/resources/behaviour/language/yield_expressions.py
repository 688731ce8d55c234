# yield as an expression: its value, precedence, yield in odd places, and PEP 479 (StopIteration becomes RuntimeError).
def echo():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    z = yield from_list() if False else (yield y)
    print("z", z)
    yield [(yield "in list"), (yield "second")]

g = echo()
print(next(g), g.send(1), g.send(2), g.send(3), g.send(4), g.send(5), g.send(6))

def yield_in_args():
    print("args", (yield 1), (yield 2))

g = yield_in_args()
next(g)
g.send("a")
try:
    g.send("b")
except StopIteration:
    pass

def yield_tuple():
    received = yield 1, 2
    yield received

t = yield_tuple()
print(next(t), t.send("back"))

lam = lambda: (yield "from lambda")
print(next(lam()))

def inner_stop():
    yield 1
    next(iter([]))
    yield 2

try:
    list(inner_stop())
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__)

def explicit_stop():
    raise StopIteration
    yield

try:
    next(explicit_stop())
except RuntimeError as e:
    print(e)

def stop_in_genexp():
    return list(next(iter([])) for _ in range(2))

try:
    stop_in_genexp()
except RuntimeError as e:
    print("genexp:", e)

print(list(x for x in [1, 2] if x), sum(x * x for x in range(4)))
for src in ["def f():\n    x = yield = 1\n", "[(yield) for x in y]", "def f():\n    return (yield)\n",
            "class C:\n    yield 1\n", "yield 1", "def f():\n    lambda: (yield)\n"]:
    try:
        compile(src, "<y>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
