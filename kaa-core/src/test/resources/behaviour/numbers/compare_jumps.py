# Comparisons that feed a conditional jump directly (if/while/and/or/not/assert/ternary), on every kind of operand.
nan, inf = float("nan"), float("inf")
big = 10 ** 20

class Weird(int):
    def __lt__(self, other):
        return []            # falsy, not a bool
    def __gt__(self, other):
        return "yes"         # truthy, not a bool

class Loud(float):
    def __le__(self, other):
        print("Loud.__le__", float(self), other)
        return float.__le__(self, other)

def describe(a, b):
    out = []
    if a < b:
        out.append("<")
    if not a <= b:
        out.append("not<=")
    if a == b:
        out.append("==")
    elif a != b:
        out.append("!=")
    else:
        out.append("neither == nor !=")
    if a > b or a >= b:
        out.append(">|>=")
    if a < b and b > a:
        out.append("both ways")
    out.append("t" if a <= b else "f")
    return " ".join(out)

pairs = [(1, 2), (2, 1), (3, 3), (1, 1.5), (2.5, 2), (2.0, 2), (-0.0, 0), (nan, nan), (nan, 1), (1, nan),
         (inf, big), (big, big + 1), (big, 1e20), (2 ** 53 + 1, 2.0 ** 53), (True, 1), (False, 0.0), (True, 2),
         (-5, -5.0), (2 ** 63, 2 ** 63 - 1), (-2 ** 63, -2.0 ** 63)]
for a, b in pairs:
    print(repr(a), repr(b), "->", describe(a, b))

w = Weird(3)
print("Weird:", describe(w, 5), "|", "lt" if w < 5 else "not lt", "|", "gt" if w > 5 else "not gt")
x = Loud(1.5)
if x <= 2:
    print("Loud is <= 2")
while x <= 1:
    print("never")

n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27:", steps)

total, f = 0, 0.0
while f < 1.0:
    f += 0.1
    total += 1
print("ten tenths:", total, f)

i = 0
while i < 10 and i * i <= 50:
    i += 1
print("stopped at", i)

assert 1 < 2.0, "never"
try:
    assert 2.5 < 1, "2.5 < 1 is false"
except AssertionError as e:
    print("AssertionError:", e)

print([v for v in range(-3, 4) if v < 0 or v >= 2], [v for v in (0.5, nan, 1.5) if not v < 1])
try:
    if 1 < "a":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    while 1.5 >= None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 < 3, 1 < 2 > 3, 1 < 2.5 < nan, 3 > 2 == 2.0, 1 < big < inf)
