def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
for v in gen(3):
    print(v)
g = gen(2)
print(next(g) if False else g.send(None), g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e)
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield 10
for v in deleg():
    print(v)
def echo():
    x = 0
    while True:
        x = yield x
        if x is None: break
e = echo()
print(e.send(None), e.send(1), e.send(2))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(c.send(None))
c.close()
def thrower():
    try:
        yield 1
    except NameError as e:
        print("got", e)
        yield 2
t = thrower()
t.send(None)
try:
    zz
except NameError as err:
    saved = err
print(t.throw(saved))
genexp = (i * 2 for i in [1, 2, 3])
for v in genexp: print(v)
print([i + 1 for i in [1, 2]][1])
async def co():
    return 42
cr = co()
try:
    cr.send(None)
except StopIteration as e:
    print("co", e.value if False else e)
async def inner():
    return 1
async def outer():
    a = await inner()
    b = await inner()
    return a + b
try:
    outer().send(None)
except StopIteration as e:
    print("outer", e)
