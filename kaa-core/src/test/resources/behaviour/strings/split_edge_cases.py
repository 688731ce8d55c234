# split/rsplit/splitlines/partition edge cases: maxsplit, whitespace kinds, empty pieces, errors
s = "  a  b\tc\n d  "
print(s.split(), s.split(None, 1), s.split(maxsplit=2), s.rsplit(None, 1), s.rsplit(maxsplit=0), s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","), "".split(","), "".split())
print("abcabc".split("bc"), "aaa".split("aa"), "aaa".rsplit("aa"), "a--b--c".split("--", -1), "x".split("x"))
print("a\u2003b\x1cc\x85d\u3000e".split(), "a\xa0b".split(), "a\u200bb".split())
for call in (lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "1"),
             lambda: "a".split(",", 1, 2), lambda: "a".split(sep=",", maxsplit=1.0)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print("a\r\n\r\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "x\n\n".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "".partition("a"))
print("aXXbXXc".partition("XX"), "aXXbXXc".rpartition("XX"), "XX".partition("XX"))
for call in (lambda: "a".partition(""), lambda: "a".rpartition(None), lambda: "a".partition(b"a")):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("😀,😁,😂".split(","), "a😀b😀c".rsplit("😀", 1), "😀x😀".partition("x"))
