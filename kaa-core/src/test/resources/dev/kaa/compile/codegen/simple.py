"""doc"""
import os, os.path as p, a.b.c as d
from .x import y as z, w
from m import *
x = 1
y = -2 + 3 * 4
z = (1, 2, (3, 'a'))
a, *b, c = x
x += 1
x.y += 2
x[1] += 3
x[1:2] -= 4
l = [1, 2, 3]
s = {1, 2, x}
d = {'a': 1, 'b': 2}
d2 = {x: 1, **d, 'k': 2}
t = (*l, 1)
f(1, 2, k=3)
f(*a, **k)
o.m(1, k=2)
if x and y or not z:
    pass
elif x < y < z:
    x = 1
else:
    del x
while x:
    if y: break
    if z: continue
else:
    q = 1
for i in [1, 2, 3]:
    if i in (1, 2): break
else:
    pass
v = x if y else z
fs = f"a{x!r:>{w}}b{y}"
assert x, "msg"
def g(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "docstring"
    global G
    G = 1
    return a + b
async def h(x):
    await x
    return 1
def gen():
    yield 1
    x = yield from y
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
class C(B, metaclass=M):
    "cdoc"
    attr: int = 3
    def m(self):
        return super().m() + __class__.x
    def __p(self): return self.__q
@dec
@dec2(1)
def decorated(): pass
lam = lambda a, b=2: a + b
print(*[1], **{})
xx: int
y.z: str
if __debug__: pass
print(1 if x else 2)
raise E from F
