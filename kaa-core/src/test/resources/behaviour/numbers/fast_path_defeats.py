# The eval loop computes exact int and float operations directly; everything else must still reach the dunders.

class I(int):
    def __add__(self, other):
        return "I.__add__"
    def __radd__(self, other):
        return "I.__radd__"
    def __lt__(self, other):
        return "I.__lt__"

class F(float):
    def __mul__(self, other):
        return "F.__mul__"
    def __rsub__(self, other):
        return "F.__rsub__"
    def __eq__(self, other):
        return "F.__eq__"
    __hash__ = float.__hash__

i, f = I(5), F(2.5)
print(i + 1, 1 + i, i + 2.0, 2.0 + i, i + i)
print(i - 1, i * 2, i // 2, type(i - 1).__name__)
print(i < 3, 3 < i, 3 > i)
if i < 3:
    print("a subclass result is truthy")
print(f * 2, 2 * f, f * f, 3 - f, 3.0 - f, f - 3)
print(f == 2.5, 2.5 == f, f != 2.5)
x = 10
x += i
print(x)
x = 1.5
x -= f
print(x)

class Plain(int):
    pass

p = Plain(7)
print(p + 1, type(p + 1).__name__, p * 1.5, p < 8, p == 7.0)

# bool is an int subclass: arithmetic gives ints, & | ^ keep bools
print(True + True, True * 3, True / 2, -True, True - 2.5, False ** 0)
print(True & False, True | False, True ^ True, True & 1, type(True & 1).__name__)
print(True < 2, True == 1.0, False >= 0.0)

# overflow out of the long range into big ints, and back (names, so that nothing is folded at compile time)
big, m63, one, two, three, four, seven, neg1 = 2 ** 62, -2 ** 63, 1, 2, 3, 4, 7, -1
print(big + big, big * four, -big - big - big, (big * four) // four, (big + big) - big, big - m63, m63 - one)
print(-m63, m63 // neg1, m63 % neg1, m63 * neg1, seven << 62, seven << 64, neg1 >> 100, 5 >> seven * 10)
print(one << 63, (one << 62) * two, three * (one << 61), m63 * one, m63 + neg1, big * big)
try:
    one << neg1
except ValueError as e:
    print("ValueError:", e)

# big ints go straight to int's own methods
bb = ten = 10
bb **= 30
print(bb // seven, bb % -seven, bb / three, bb ** two, bb << three, bb >> 70, bb & 0xffff, bb | one, bb ^ bb)
print(-bb // seven, -bb % seven, bb - bb, bb * -bb, two ** -two, bb ** 0, (-two) ** 63, pow(bb, two, seven))
print(bb < bb + one, bb == bb * one, bb > 5, 5 < bb, bb != 10 ** 30, bb >= -bb, -bb <= m63)
for op in ("//", "%", "/"):
    try:
        eval(f"bb {op} 0")
    except ZeroDivisionError as e:
        print("big", op, "0 ZeroDivisionError:", e)
try:
    bb << -one
except ValueError as e:
    print("ValueError:", e)

# floor rules and exact division
f7, f2, nf2, z, fz, nz = 7.0, 2.0, -2.0, 0, 0.0, -0.0
print(seven // -two, -seven // two, seven % -two, -seven % two, f7 // nf2, -7.5 % two, seven % -f2, nz % 5)
print(one / three, 2 ** 53 / three, (2 ** 53 + one) / three, 10 ** 17 / seven, -seven / two, m63 / neg1)
print(seven % f2, f7 // two, f7 / two, seven - f2, f7 - two, seven * f2, f7 + seven)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (1.5, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)

# powers through float's rules
half, m8 = 0.5, -8.0
print(f2 ** half, two ** half, 4.0 ** two, two ** neg1, fz ** z, m8 ** (one / three), nf2 ** two, two ** seven)
try:
    fz ** neg1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** (f2 * 200)
except OverflowError as e:
    print("OverflowError:", e)

# comparisons: nan unordered, -0.0 equal to 0, ints against floats exactly
nan, p53, f53 = float("nan"), 2 ** 53, 2.0 ** 53
print(nan < one, nan > f2, nan == nan, nan != nan, nan <= nan, one < nan, one != nan, nan >= 1)
print(nz == fz, nz < fz, z == nz, nz >= z, nz <= z)
print(p53 + one > f53, p53 + one == f53, f53 < p53 + one, 2 ** 63 > 9.2e18, p53 + 1 != f53, f53 >= p53 + 1)
print(-p53 - one < -f53, p53 == f53, 1e300 > 10 ** 300, 10 ** 400 > 1e308, m63 == -2.0 ** 63)
if one < 2.5 and 3.0 >= three and not (nan > z):
    print("jumps on fast comparisons")
while nan != nan:
    print("nan != nan holds")
    break
print([k for k in range(6) if k % two == z], [k for k in range(6) if not k < three])

# negation
print(-seven, -nz, -m63, -(-m63), -True, -f7, -(m63 + one))
