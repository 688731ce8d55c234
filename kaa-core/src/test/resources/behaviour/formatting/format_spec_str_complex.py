# format-spec for str (align, fill, precision truncation) and complex, and errors for both
for spec in ("", "s", "10", "<10", ">10", "^10", "*^11", ".2", "8.3", "-^7", "\u00e9>5", "😀<4"):
    print(repr(spec), repr(format("héllo", spec)), repr(format("", spec)))
for spec in ("d", "=10", "+", " ", "#", "05", ",", "_", "z"):
    try:
        print(repr(spec), format("x", spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
values = (0j, 1 + 2j, -1.5 - 0.25j, complex(1e20, -1e-5), complex(float("inf"), float("nan")), 3j)
for spec in ("", "g", ".2f", "e", "+.1e", "^30", "*>25.3g", ",.2f", "G", "F", "10"):
    cells = []
    for v in values:
        try:
            cells.append(format(v, spec))
        except ValueError as e:
            cells.append("ValueError: " + str(e))
    print(repr(spec), cells)
for spec in ("=10", "010", "%", "d", "c", "n"):
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(None, ""), format([1, 2]), format(b"x", ""), format(..., ""))
for obj in (None, [1], object):
    try:
        format(obj, "x")
    except TypeError as e:
        print("TypeError:", e)
