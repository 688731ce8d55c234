# binary operator dunders: forward, reflected, in-place, fallback order, subclass priority, unsupported messages
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
def make(name):
    def fwd(self, other):
        return f"{self!r}.__{name}__({other!r})"
    def rev(self, other):
        return f"{self!r}.__r{name}__({other!r})"
    return fwd, rev
for name in ops:
    fwd, rev = make(name)
    setattr(V, f"__{name}__", fwd)
    setattr(V, f"__r{name}__", rev)
x = V(1)
print(x + 2, 2 + x, x - 2, 2 - x, x * 2, 2 * x, x @ 2, 2 @ x, x / 2, 2 / x, x // 2, 2 // x)
print(x % 2, 2 % x, x ** 2, 2 ** x, x << 2, 2 << x, x >> 2, 2 >> x, x & 2, 2 & x, x ^ 2, 2 ^ x, x | 2, 2 | x)
y = x
y += 5
print(y)
class Sub(V):
    def __radd__(self, other):
        return "Sub.__radd__ first"
print(V(1) + Sub(2), Sub(2) + V(1))
class SubNoOverride(V):
    pass
print(V(1) + SubNoOverride(2))
class InPlace:
    def __init__(self):
        self.log = []
    def __iadd__(self, other):
        self.log.append(other)
        return self
    def __imul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        return "fell back to __mul__"
    def __isub__(self, other):
        return "isub result replaces the name"
p = InPlace()
q = p
p += 1
p += 2
print(p is q, p.log)
p *= 3
print(p)
r = InPlace()
r -= 1
print(r)
class Nothing:
    pass
for expr in ("Nothing() + 1", "1 - Nothing()", "Nothing() @ Nothing()", "[] * Nothing()", "Nothing() ** 2", "~Nothing()",
             "-Nothing()", "+Nothing()", "abs(Nothing())", "Nothing() < 1", "'a' + 1", "1 + 'a'", "[1] + (2,)", "{} | []"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
z = Nothing()
try:
    z += 1
except TypeError as e:
    print("+= ->", e)
try:
    z **= 1
except TypeError as e:
    print("**= ->", e)
try:
    pow(Nothing(), 1, 2)
except TypeError as e:
    print("pow3 ->", e)
class Unary:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
print(-Unary(), +Unary(), ~Unary())
class NI:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print("TypeError:", e)
print([1] * 2, 2 * [1], "ab" * 2, (1,) * 2, [1].__mul__(2), [1].__rmul__(3))
