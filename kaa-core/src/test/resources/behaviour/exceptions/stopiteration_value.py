# StopIteration.value, from a generator's return and from arguments
def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
print(StopIteration().value, StopIteration(1, 2).value)
s = StopIteration(3)
s.value = 4
print(s.value, s.args)
def outer():
    r = yield from g()
    print('yield from got', r)
print(list(outer()))
