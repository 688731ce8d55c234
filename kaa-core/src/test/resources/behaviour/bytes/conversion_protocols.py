# bytes(x) and int.from_bytes(x) ask __bytes__ first (None blocks it; a bytes subclass it returns is kept), a list is
# read by position as it changes, b * 1 is b itself, and hex() takes any one ASCII separator, NUL included.
class Sub(bytes):
    pass


class Converts:
    def __bytes__(self):
        return Sub(b"abc")


class Blocked(bytes):
    __bytes__ = None


class BlockedIndex:
    __bytes__ = None

    def __index__(self):
        return 3


class Wrong:
    def __bytes__(self):
        return "text"


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: type(bytes(Converts())).__name__)
attempt(lambda: type(Sub(Converts())).__name__)
attempt(lambda: bytes(Blocked(b"x")))
attempt(lambda: bytes(BlockedIndex()))
attempt(lambda: bytes(Wrong()))
attempt(lambda: bytearray(Converts()))
attempt(lambda: int.from_bytes(Converts(), "big"))
attempt(lambda: int.from_bytes(Wrong(), "little"))

shrinking = []


class Clears:
    def __index__(self):
        shrinking.clear()
        return 42


shrinking.extend([Clears(), Clears(), 7])
attempt(lambda: bytes(shrinking))
shrinking.extend([Clears(), Clears()])
attempt(lambda: bytearray(shrinking))

b = b"123abc"
print(b * 1 is b, 1 * b is b, b * 2 is b, Sub(b) * 1 is Sub(b), bytearray(b) * 1 == b)
for data in (b"\xb9\x01\xef", bytearray(b"\xb9\x01\xef")):
    print(repr(data.hex("\0")), repr(data.hex(b"\x00", 2)), repr(data.hex(":", -2)))
