# format-spec mini-language for float: precision, types e/E/f/F/g/G/%/n, z, #, grouping, specials
values = (0.0, -0.0, 1.5, -1234.5678, 1e-7, 1.23456789e22, float("inf"), float("nan"))
specs = ("", "f", ".2f", "10.3f", "<10.1f", "^+12.2e", "e", "E", ".0e", "g", "G", ".3g", "#g", "#.0f", "%", ".1%",
         ",", ",.2f", "_.3f", "012.2f", "+", " ", "z.1f", "n", "F", ".10g", "020,.2f", "=+10.1f", ".0f", "#.3g", ".0")
for spec in specs:
    cells = []
    for v in values:
        try:
            cells.append(format(v, spec))
        except ValueError as e:
            cells.append("ValueError: " + str(e))
    print(repr(spec), cells)
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1e16, ""), format(1e15, ""), format(123456789.0, "g"))
print(format(1.0, ".17g"), format(0.1, ".20f"), format(2**0.5, ".50f"), format(5e-324, ""), format(1.7976931348623157e308, ".3e"))
for spec in ("d", "x", "c", "b", ",d", "=s", ".2s", "#", "10000000000000000000.2f"):
    try:
        print(repr(spec), format(1.5, spec))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__ + ":", e)
