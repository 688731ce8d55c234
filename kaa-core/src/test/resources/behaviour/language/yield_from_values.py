# yield from: the sub-generator's return value, send and throw forwarded, StopIteration values, non-generator iterables.
def inner():
    x = yield "first"
    y = yield f"got {x}"
    return x + y

def outer():
    result = yield from inner()
    yield f"inner returned {result}"
    return "outer done"

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def handles():
    try:
        yield 1
    except KeyError:
        yield "inner handled KeyError"
    return "r"

def delegate():
    r = yield from handles()
    yield r

d = delegate()
next(d)
print(d.throw(KeyError))
print(next(d))

def from_list():
    r = yield from [1, 2]
    yield r

print(list(from_list()))

def returns_tuple():
    return (1, 2)
    yield

def get():
    v = yield from returns_tuple()
    print("value", v)

list(get())

def returns_stopiteration_like():
    return StopIteration("inner")
    yield

def g2():
    v = yield from returns_stopiteration_like()
    print(type(v).__name__, v)

list(g2())

def closes():
    try:
        yield 1
    finally:
        print("inner finally")

def outer_closes():
    yield from closes()

oc = outer_closes()
next(oc)
oc.close()
print("closed")

def raises_stop():
    yield 1
    raise StopIteration("bad")

try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
