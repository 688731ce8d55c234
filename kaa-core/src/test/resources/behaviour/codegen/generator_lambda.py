# A generator lambda, as CPython 3.12 compiles it: it returns its body's value (the StopIteration that ends it
# carries it), also through yield from; and a StopIteration raised inside it escapes as it is (no RuntimeError:
# 3.12 wraps only def bodies in the PEP 479 guard).
def value_of(gen, send):
    next(gen)
    try:
        gen.send(send)
    except StopIteration as e:
        return e.value

f = lambda: (yield 1)
def g(): return (yield 1)
f2 = lambda: (yield from g())
f3 = lambda: (yield from f())
for make in (f, f2, f3):
    print(value_of(make(), 2))

pair = lambda: ((yield 1), (yield 2))
gen = pair()
print(next(gen), gen.send('a'))
try:
    gen.send('b')
except StopIteration as e:
    print(e.value)

leaky = lambda: (yield next(iter([])))
try:
    next(leaky())
except BaseException as e:
    print(type(e).__name__)
print(leaky.__code__.co_consts)
