# strip with char sets, center/ljust/rjust/zfill rounding and fills, expandtabs columns
print(repr("xyhelloyx".strip("xy")), repr("  \t\n x \x0b\x0c".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print(repr("www.example.com".lstrip("w.")), repr("mississippi".rstrip("ips")), repr(" x ".strip(None)), repr("\u00a0x\u00a0".strip()))
print(repr("😀a😀".strip("😀")), repr("abc".lstrip("cba")), repr("<x>".strip("<>")))
for w in (0, 3, 4, 5, 6, 7):
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, ".")), repr("ab".rjust(w, "😀")))
print(repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6)), repr("abcd".center(7, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(2), "--1".zfill(5), "+".zfill(3), "x-1".zfill(5))
for call in (lambda: "a".center(5, ""), lambda: "a".center(5, "ab"), lambda: "a".ljust("5"), lambda: "a".zfill(1.0),
             lambda: "a".strip(5), lambda: "a".rjust(5, b"x")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-1)))
print(repr("ab\tc\nxyz\td\r1\t2".expandtabs(3)), repr("😀\tx".expandtabs(4)), repr("a\t\tb".expandtabs(tabsize=2)))
print("a".center(3, "é"), "x".ljust(3, "\u0301"), len("é".rjust(4)))
