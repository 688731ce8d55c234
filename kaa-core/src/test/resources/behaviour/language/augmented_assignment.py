# Augmented assignment: target evaluated once, in-place dunders tried first, fallbacks, order of evaluation.
log = []

class Obj:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        log.append("get x")
        return self._x
    @x.setter
    def x(self, v):
        log.append(f"set x {v}")
        self._x = v

def obj():
    log.append("obj()")
    return o

o = Obj()
obj().x += 10
print(log, o._x)
log.clear()

class Seq:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        log.append(f"getitem {key}")
        return self.data[key]
    def __setitem__(self, key, value):
        log.append(f"setitem {key} {value}")
        self.data[key] = value

def key():
    log.append("key()")
    return "k"

def rhs():
    log.append("rhs()")
    return 5

s = Seq()
s[key()] *= rhs()
print(log)
log.clear()

a = [1, 2]
b = a
a += [3]
print(a is b, b)
t = (1, 2)
u = t
t += (3,)
print(t is u, u)

class InPlace:
    def __iadd__(self, other):
        print("__iadd__", other)
        return "result of iadd"
    def __add__(self, other):
        print("__add__ (unused)")

p = InPlace()
p += 1
print(p)

class NoInPlace:
    def __add__(self, other):
        return "from __add__"

q = NoInPlace()
q += 1
print(q)

class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "never"

class Right:
    def __radd__(self, other):
        return "from __radd__"

n = NotImpl()
n += Right()
print(n)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e, tup)
x = 7
x //= 2; x **= 3; x %= 10; x <<= 2; x |= 1; x ^= 3; x &= 14; x >>= 1; x -= 1
print(x)
y = 2.0
y /= 4
print(y)
try:
    z = "s"
    z -= 1
except TypeError as e:
    print(e)
try:
    undefined_aug += 1
except NameError as e:
    print(e)
