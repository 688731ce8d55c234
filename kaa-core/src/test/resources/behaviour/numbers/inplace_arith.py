# Augmented assignment on numbers: exact ints and floats take the fast path, anything else the protocol
# (__iadd__ first, then __add__/__radd__), with the in-place operator's symbol in the errors.
class Acc(int):
    def __iadd__(self, other):
        print("Acc.__iadd__", other)
        return Acc(int(self) + other + 100)

class Only(float):
    def __add__(self, other):
        return "Only.__add__"
    def __rmul__(self, other):
        return "Only.__rmul__"

class Right:
    def __radd__(self, other):
        return f"Right.__radd__({other!r})"
    def __rpow__(self, other):
        return f"Right.__rpow__({other!r})"

a = Acc(1)
a += 2
print(a, type(a).__name__)
b = 5
b += Acc(1)
print(b, type(b).__name__)
c = Only(1.0)
c += 1
print(c)
d = 3
d *= Only(2.0)
print(d)
e = 7
e += Right()
print(e)
g = 2.0
g **= Right()
print(g)

x = 2 ** 62
x += x
print(x, type(x).__name__)
x -= x
print(x)
y = -2 ** 63
y -= 1
print(y)
z = 3
z **= 2
z //= 2
z %= 3
z <<= 65
z >>= 64
z |= 8
z &= 12
z ^= 5
print(z)
f = 1.0
f += 2
f *= 1.5
f -= 0.25
f /= 2
f //= 0.5
f %= 2.5
f **= 0.5
print(f, repr(f))
t = True
t += True
print(t, type(t).__name__)
t = True
t &= False
print(t, type(t).__name__)
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    try:
        v = 1.5
        exec(f"v {op} None")
    except TypeError as e:
        print("TypeError:", e)
for op in ("/=", "//=", "%="):
    for v0 in (1, 1.0):
        try:
            v = v0
            exec(f"v {op} 0")
        except ZeroDivisionError as e:
            print(repr(v0), op, "0 ZeroDivisionError:", e)
try:
    w = 0.0
    w **= -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    w = 2
    w <<= -1
except ValueError as e:
    print("ValueError:", e)
s = "ab"
s += "cd"
s *= 2
print(s)
