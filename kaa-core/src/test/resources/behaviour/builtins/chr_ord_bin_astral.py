# chr/ord at the edges (astral planes, surrogates), bin/oct/hex on negative, big and __index__ values
for c in (0, 65, 0xE9, 0x20AC, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF):
    s = chr(c)
    print(hex(c), len(s), ord(s) == c, ascii(s), s.isprintable())
print(ord("😀"), ord(b"a"), ord(bytearray(b"\xff")), "😀" == "\U0001F600")
for call in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.0), lambda: ord("ab"), lambda: ord(""),
             lambda: ord(1), lambda: ord(b"ab")):
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(bin(0), bin(-5), bin(2**70), oct(0), oct(-8), oct(8**30), hex(0), hex(-255), hex(16**20))
class I:
    def __index__(self):
        return -42
print(bin(I()), oct(I()), hex(I()), bin(True), hex(False))
for f in (bin, oct, hex):
    try:
        f(1.0)
    except TypeError as e:
        print("TypeError:", e)
