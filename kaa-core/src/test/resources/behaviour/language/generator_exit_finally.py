# Finally blocks of generators run when they are exhausted or closed (explicitly: when an abandoned generator is
# finalised depends on the garbage collector).
log = []

def gen(name):
    try:
        for i in range(3):
            yield i
    finally:
        log.append(f"{name} finally")

for v in gen("exhausted"):
    pass
print(log)

broken = gen("broken")
for v in broken:
    if v == 1:
        break
log.append("after break")
broken.close()
print(log)

g = gen("closed")
next(g)
g.close()
print(log)

def gen_returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"

r = gen_returns_in_finally()
next(r)
try:
    r.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration value:", e.value)

def with_except():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
        raise

w = with_except()
next(w)
w.close()

def nested_finally():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested_finally()
next(n)
n.close()
print("end")
