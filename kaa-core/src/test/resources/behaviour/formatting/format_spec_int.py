# format-spec mini-language for int (and bool): fill, align, sign, #, 0, width, grouping, every type
values = (0, 7, -42, 255, 1234567, -10**20)
specs = ("", "d", "5", "<6", ">6", "^7", "=+8", "*^9", "+", "-", " ", "08", "+08", "#b", "#o", "#x", "#X", "b", "o",
         "x", "X", "c", ",", "_", "_x", "_b", ",d", "010,", "#010x", "e", ".2f", "%", "g", "n", "0=10", "x<+#8x")
for spec in specs:
    cells = []
    for v in values:
        try:
            cells.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            cells.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), cells)
print(format(True, ""), format(True, "d"), format(False, "5"), format(True, "x"), "{:>4}".format(True), f"{True:^6}|")
for spec in (".2", ",_", "_,", "c", "#c", "s", "=", "z", ",c", "+c", "10000000000000000000000"):
    try:
        print(repr(spec), format(65, spec))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__ + ":", e)
