def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
g = countdown(3)
print(next(g), g.send(10), next(g), next(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), [4])))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(3)))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
acc.send(5)
acc.send(7)
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def delegator():
    result = yield from accumulate()
    yield "sub returned " + str(result) if False else f"sub returned {result}"
d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
def gen_with_return():
    yield 1
    return "done"
def wrapper():
    r = yield from gen_with_return()
    return r
w = wrapper()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print(e.value)
def closer():
    try:
        while True:
            yield
    except GeneratorExit:
        print("generator exit seen")
        raise
c = closer()
next(c)
c.close()
c.close()
print("closed twice fine")
def lazy():
    print("started")
    yield 1
l = lazy()
print("created")
print(next(l))
squares = (x * x for x in [1, 2, 3])
print(sum(squares), sum(squares))
def gen_exc():
    try:
        yield 1
    finally:
        print("gen finally")
ge = gen_exc()
next(ge)
try:
    ge.throw(ValueError("thrown"))
except ValueError as e:
    print("came back", e)
print(ge.gi_frame is None)
