# __format__ on user classes: format(), str.format and f-strings call it with the spec; inheritance; errors
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("  __format__ called with", repr(spec))
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print(format(m), format(m, "short"), "{:>12.1f}".format(m), f"{m:short}", f"{m!s:>5}"[:0] == "")
print("{0:{1}}".format(m, "short"))
class Plain:
    pass
print(format(Plain(), "")[:7], "{}".format(Plain())[:7])
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
class IntLike(int):
    def __format__(self, spec):
        return "IntLike(" + spec + ")"
print(format(IntLike(5), "x"), f"{IntLike(3):05}", "{:>3}".format(IntLike(1)), "%d" % IntLike(7), str(IntLike(2)))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
class StrSub(str):
    def __format__(self, spec):
        return "sub:" + spec
print(format(StrSub("x"), "^5"), "{}".format(StrSub("y")), f"{StrSub('z')!s}", f"{StrSub('z')!r}")
class FloatSub(float):
    pass
print(format(FloatSub(2.5), ".3f"), f"{FloatSub(1) :>6}")
try:
    format(m, 5)
except TypeError as e:
    print("TypeError:", e)
