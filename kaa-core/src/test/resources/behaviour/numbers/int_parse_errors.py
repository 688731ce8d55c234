# int(str, base): bases 2..36 and 0, prefixes, underscores, whitespace, signs, non-ASCII digits, and each error message
cases = [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b1_01", 0), ("z", 36), ("Z", 36), ("10", 2),
         ("  +42\n", 10), ("-0", 10), ("1_000_000", 10), ("0_0", 0), ("00", 0), ("0", 0), ("٤٢", 10), ("1" * 40, 10),
         ("-0b11", 0), ("0B11", 2), ("0O7", 8), ("0X_a", 16), ("\u200342\u3000", 10), ("+ 1", 10)]
for text, base in cases:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for text, base in [("12", 1), ("12", 37), ("12", -1), ("1__0", 10), ("_1", 10), ("1_", 10), ("012", 0), ("0x", 16),
                   ("9", 8), ("", 10), ("   ", 10), ("1.0", 10), ("0b2", 0), ("x" * 300, 10), ("1e5", 10), ("--1", 10),
                   ("0x_", 0), ("١٢_٣", 10)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text)[:30], base, "ValueError:", str(e)[:80])
for call in (lambda: int(12, 10), lambda: int(1.5, 2), lambda: int("1", base="2"), lambda: int("1", 2.0),
             lambda: int(base=10), lambda: int(b"12", 8), lambda: int(bytearray(b"z"), 36), lambda: int(x="1")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class S(str):
    pass
print(int(S("12"), 3), int(memoryview(b"42")) if False else int(b" 42 "), int("0" * 50 + "1"), int(True), int(-0.9))
