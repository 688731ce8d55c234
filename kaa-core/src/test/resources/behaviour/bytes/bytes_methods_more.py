# more bytes methods: searching with ints and ranges, split variants, case on non-ASCII bytes, predicates, errors
b = b"Hello, World! \xe9\xff"
print(b.find(b"o"), b.find(b"o", 5), b.rfind(ord("o")), b.index(b"W"), b.rindex(b"l", 0, 5), b.count(b"l"), b.count(b""))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isascii(), b"abc".isascii())
print(b"a1".isalnum(), b"".isalpha(), b" \t\x0b".isspace(), b"Ab Cd".istitle(), b"AB1".isupper(), b"ab\xe9".islower())
print(b"a b\tc".split(), b"a,b,,c".split(b",", 2), b"a,b,c".rsplit(b",", 1), b"x\x0by".split(), b"a\x1cb".split())
print(b"line1\nline2\r\n\rend".splitlines(), b"a\n".splitlines(True), b"a\x85b".splitlines())
print(b"  pad ".strip(), b"xxaxx".lstrip(b"x"), b"abc".rstrip(b"cb"), b"ab".center(7, b"."), b"-5".zfill(4), b"ab".rjust(1))
print(b"abcabc".replace(b"b", b""), b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b"bb", 1), b"a.b".partition(b"."))
print(b"abc".startswith(b"ab", 0, 2), b"abc".endswith((b"x", b"bc")), b"abc".startswith(b"", 3), b"abc".startswith(b"", 4))
print(b"%s:%d" % (b"k", 5), b"\x00\x01".hex(), b"".hex(), bytes.fromhex("de ad BE EF"), bytes.fromhex(""), b"abcdef".hex("-", -2))
print(b"\t".expandtabs(), b"a\tb".expandtabs(tabsize=3), bytes.maketrans(b"a", b"b")[97:99], b"abc".translate(None, b"b"))
for call in (lambda: b"a".find("a"), lambda: b"a".find(256), lambda: b"a".count(-1), lambda: b"a".split(b""),
             lambda: b"a".replace("a", "b"), lambda: b"a".join([1]), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"),
             lambda: b"a".center(3, "x"), lambda: b"a".index(b"b"), lambda: b"a".translate(b"short"), lambda: b"x".strip("x"),
             lambda: b"a" + "b", lambda: b"a".hex("::"), lambda: bytes.maketrans(b"ab", b"a")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"a", b"a" == bytearray(b"a"), b"a" == "a", b"ab" * 2, 3 * b"-")
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], b"abc"[-1:], type(b"abc"[0]).__name__, 98 in b"abc", b"bc" in b"abc")
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
