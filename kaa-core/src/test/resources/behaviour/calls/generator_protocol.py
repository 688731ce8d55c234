# Generators driven by for, built-ins, next() and send(): return values, state and errors
def g(n):
    for i in range(n):
        yield i
    return 'result'

print(sum(g(5)), list(g(3)), sorted(g(4), reverse=True), max(g(6)))
print(sum(x * x for x in g(10)))
it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', repr(e.value))
try:
    next(it)
except StopIteration as e:
    print('again', repr(e.value))
print(next(g(0), 'default'))
it = g(1)
for v in it:
    print('for', v)
try:
    next(it)
except StopIteration as e:
    print('after for', repr(e.value))

def delegate():
    r = yield from g(2)
    print('delegate got', r)
    r = yield from [10, 11]
    print('list gives', r)
    return 'outer'
print(list(delegate()))
d = delegate()
print(next(d), next(d), next(d), next(d))
try:
    next(d)
except StopIteration as e:
    print('outer stop', repr(e.value))

def running():
    yield gen.gi_running
    yield gen.gi_frame is not None
gen = running()
print(gen.gi_running, list(gen), gen.gi_running, gen.gi_frame)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)

def raises_stop():
    yield 1
    raise StopIteration('inner')
try:
    print(list(raises_stop()))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def echo():
    got = None
    while True:
        got = yield got
e = echo()
print(next(e), e.send(1), e.send('two'))
e.close()
print(e.gi_frame)
try:
    e.send(3)
except StopIteration:
    print('closed generator stops')

async def coro():
    return 1
c = coro()
try:
    next(c)
except TypeError as err:
    print(err)
try:
    iter(c)
except TypeError as err:
    print(err)
c.close()

class OwnIter:
    def __iter__(self):
        return coro_obj
coro_obj = coro()
try:
    iter(OwnIter())
except TypeError as err:
    print(err)
coro_obj.close()

def lines():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
ls = lines()
for v in ls:
    print('line', v)
    break
ls.close()
print(any(v > 1 for v in g(5)), all(v < 3 for v in g(5)))
print(dict(zip(g(3), g(3))), list(enumerate(g(2))), list(map(str, g(3))))
