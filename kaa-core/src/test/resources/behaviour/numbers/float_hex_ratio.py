# float.hex/fromhex round trips, as_integer_ratio, is_integer, repr round trip and the shortest repr
for x in (0.0, -0.0, 1.0, 0.1, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, 2.0**-1074, 3.141592653589793, 1/3):
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x, x.as_integer_ratio(), x.is_integer(), float(repr(x)) == x)
for text in ("0x1p0", "0x1.8p1", "-0x.8p-1", "0X1P+10", "0x1.fffffffffffff8p1023", "  0x10  ", "inf", "-Infinity", "nan",
             "0x1p-1075", "0x1p-1074", "0x1.00000000000008p0", "0x1.00000000000018p0", "1", "0xap0"):
    try:
        print(text.strip(), repr(float.fromhex(text)))
    except (ValueError, OverflowError) as e:
        print(text.strip(), type(e).__name__ + ":", e)
for text in ("0x1p1024", "0x", "0x1.g", "1e5", "0x1p", ""):
    try:
        print(repr(float.fromhex(text)))
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__ + ":", e)
for call in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").hex(), lambda: float("-inf").hex()):
    try:
        print(call())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(0.1 + 0.2, 1e16, 1e15 + 0.3, 123456789012345678.0, 1e-5, 0.0001, 1.5e300 * 1e10, -1e-320, 2.0**53 + 1)
print(repr(1/3), str(2/3), 100.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004 == 0.1 + 0.2)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), F(2.5).hex(), F(2.5).is_integer())
