# int.to_bytes/from_bytes in every byte order and sign, bit_length/bit_count, as_integer_ratio, __index__ sources
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2**64 - 1, -(2**63), 10**30):
    cells = []
    for length, signed in ((16, True), (16, False), (1, True)):
        try:
            cells.append(n.to_bytes(length, "big", signed=signed).hex())
        except OverflowError as e:
            cells.append("OverflowError: " + str(e))
    print(n, n.bit_length(), n.bit_count(), cells, n.to_bytes(16, "little", signed=True)[:3])
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes(bytearray(b"\x80"), signed=True), int.from_bytes([1, 0, 0], "little"), int.from_bytes(iter([2, 1])))
print(int.from_bytes(b"\x00" * 20 + b"\x01"), int.from_bytes(memoryview(b"\x7f\xff"), byteorder="big", signed=True))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05")
print(type(r).__name__, r, bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00"), type(bool.from_bytes(b"\x02")).__name__)
for call in (lambda: (1).to_bytes(-1), lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab"),
             lambda: int.from_bytes([256]), lambda: (1).to_bytes(1, byteorder=5), lambda: (1).to_bytes(length=1.0),
             lambda: (-5).to_bytes(0, signed=True), lambda: (0).to_bytes(0)):
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((-10).as_integer_ratio(), (10**20).as_integer_ratio(), True.as_integer_ratio(), (0).bit_length(), (-1).bit_count())
print((7).numerator, (7).denominator, (7).conjugate(), True.conjugate(), type(True.conjugate()).__name__, (5).__index__())
print(int.__index__(True), type(MyInt(3).__index__()).__name__, type(+MyInt(3)).__name__, type(-MyInt(3)).__name__)
