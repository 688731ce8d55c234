# printf-style % formatting: every conversion with flags, width, precision and * arguments
for spec in ("%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%x", "%X", "%#x", "%#X", "%o",
             "%#o", "%#08x", "%e", "%E", "%.2e", "%f", "%.0f", "%#.0f", "%g", "%G", "%#g", "%10.4f", "%-10.2e|", "%c",
             "%r", "%s", "%a", "%%"):
    for value in (42, -7, 255.5, 0):
        try:
            text = spec % value if spec != "%%" else spec % ()
        except (TypeError, ValueError, OverflowError) as e:
            text = type(e).__name__ + ": " + str(e)
        print(spec, repr(value), "->", repr(text))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % ("x", 0x1F600), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 1, 2.75))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25}, "%(x)%" % {"x": 1} if False else "", "%s" % [1, 2], "%s" % ((1, 2),))
print("%d %s" % (True, False), "%x" % 2**70, "%d" % 3.99, "%.3s" % None, "%-+8.3f|" % 3.14159, "% 5.1e" % 12345.678)
print("%e %f %g" % (float("inf"), float("-inf"), float("nan")), "%010.3f" % -1.5, "%+.2f" % -0.0, "%g %g" % (1e-5, 1e16))
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
print("%x %o %c" % (I(), I(), I()), "%f %e" % (F(), F()), "%d" % 10**30)
