# % formatting on bytes and bytearray: %b/%s with buffers and __bytes__, %c, %a/%r, numbers, errors
print(b"%b|%s" % (b"x", bytearray(b"y")), b"%s" % memoryview(b"mv"), b"%5b|%-5s|" % (b"r", b"l"), b"%.2s" % b"abcd")
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%b" % B(), b"%c%c" % (65, b"B"), b"%a %r" % ("é", "x"), b"%d %x %o %e %.2f %g" % (10, 255, 8, 1.5, 2.345, 1e20))
class I:
    def __index__(self):
        return 66
print(b"%c %x %d" % (I(), I(), I()), bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%s") % b"").__name__)
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 3}, b"%%", b"%s" % (b"tuple",), b"%i %u" % (1, 2))
def show(fmt, args):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
show(b"%s", "str")
show(b"%b", 5)
show(b"%c", 256)
show(b"%c", "a")
show(b"%c", b"ab")
show(b"%d", b"1")
show(b"%f", "x")
show(b"%y", 1)
show(b"%s %s", (b"a",))
show(b"%s", (b"a", b"b"))
show(b"%(k)s", {"k": b"v"})
show(b"%x", 1.0)
