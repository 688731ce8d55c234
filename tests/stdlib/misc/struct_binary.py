"""struct: packing records into bytes and back, byte orders, alignment, iter_unpack, Struct objects."""
import struct

header = struct.Struct("<4sHHI")
packed = header.pack(b"KAA!", 3, 12, 0xDEADBEEF)
print(packed, header.size, header.format)
print(header.unpack(packed))
print(struct.pack(">i", -2), struct.pack("<i", -2), struct.pack("!H", 513), struct.pack("@b?x", 5, True))
print(struct.calcsize("@ci"), struct.calcsize("=ci"), struct.calcsize("<qd3s"), struct.calcsize("5p"))
records = b"".join(struct.pack("<hf", i, i / 4) for i in range(4))
print(list(struct.iter_unpack("<hf", records)))
buf = bytearray(12)
struct.pack_into("<3I", buf, 0, 1, 2, 3)
print(buf, struct.unpack_from("<I", buf, 4))
print(struct.pack("e", 1.5), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack("?", []))
print(struct.pack("10s", b"short"), struct.pack("p", b"x"), struct.unpack("<Q", b"\xff" * 8))
for bad in [("b", 200), ("H", -1), ("i", 1.5)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)
print(int.from_bytes(struct.pack(">I", 258), "big"), struct.pack("<2h", *[1, -1]).hex(" "))
