# arithmetic on int/float/complex/bool subclasses returns the base type; methods and conversions of subclasses
class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass
i, f, c = I(7), F(2.5), C(1, 2)
for expr in ("i + 1", "1 + i", "i * i", "-i", "+i", "abs(I(-3))", "i // 2", "i % 4", "i ** 2", "i << 1", "i & 3", "~i",
             "divmod(i, 2)", "round(i)", "i.conjugate()", "i.real", "i.numerator", "int(i)", "i.__index__()", "f + 1", "-f",
             "+f", "abs(F(-1.5))", "f * 2", "f // 1", "round(f)", "round(f, 1)", "f.real", "float(f)", "f.conjugate()",
             "c + 1", "-c", "c.conjugate()", "c.real", "complex(c)", "True + True", "-True", "True * 2.0",
             "True & True", "True | 0", "True ^ True", "abs(True)", "+True"):
    v = eval(expr)
    print(expr, "->", repr(v), type(v).__name__ if not isinstance(v, tuple) else [type(x).__name__ for x in v])
print(repr(i), str(f), repr(c), i == 7, hash(i) == hash(7), f == 2.5, I(0) or "falsy", bool(F(0.0)))
class Named(int):
    def __repr__(self):
        return f"Named({int(self)})"
print(Named(3), [Named(4)], str(Named(5)), f"{Named(6)}", "%d %s %r" % (Named(1), Named(2), Named(3)))
print(int.__add__(I(1), 2), type(int.__add__(I(1), 2)).__name__, I.__add__ is int.__add__, isinstance(I(1), int))
print(I("12"), I("ff", 16), F("1e3"), F(" -inf "), C("3+4j"), I(2.9), I(True), type(I(True)).__name__)
