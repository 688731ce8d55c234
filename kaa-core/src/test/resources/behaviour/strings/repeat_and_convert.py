# str * int, list * int, str(int) and f"{int}" have direct paths for exact types; subclasses and other operands
# keep the data model's behaviour.
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 5))
print([0] * 3, 2 * [1, 2], [1] * -1)
print("x" * True, [7] * False)

# in place: a list changes (every name sees it), a str is rebound
xs = [1, 2]
alias = xs
xs *= 2
print(xs, alias, xs is alias)
xs += [0]
print(alias)
s = t = "ab"
s *= 2
s += "!"
print(s, t)

class Idx:
    def __index__(self):
        return 2

print("ab" * Idx(), [1] * Idx())

class MyStr(str):
    def __mul__(self, n):
        return "custom"

print(MyStr("q") * 3)

class MyList(list):
    def __mul__(self, n):
        return "custom list"

print(MyList([1]) * 2)

try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * (2**70)
except OverflowError as e:
    print("OverflowError:", e)

print(str(12345), str(-7), str(2**80), str(True))

class Shout(int):
    def __str__(self):
        return "SHOUT"
    def __format__(self, spec):
        return "formatted"

print(str(Shout(3)), f"{Shout(3)}", f"{5}", f"{-5:>4}", f"{True}")
print(f"{'s'}:{1}:{2.5}")
