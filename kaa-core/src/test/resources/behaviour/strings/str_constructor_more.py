# str(): objects, bytes with encoding/errors, __str__ results, subclass results, errors
print(str(), str(1), str(1.0), str(None), str([1, "a"]), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"ab"), "ascii"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore"), str(object=b"x", encoding="latin-1"), str(memoryview(b"mv"), "ascii"))
print(str(encoding="utf-8"), repr(str(b"", "ascii")))
for call in (lambda: str(1, "utf-8"), lambda: str("x", "utf-8"), lambda: str(b"\xff", "ascii"), lambda: str(b"x", "nope"),
             lambda: str(b"x", 5), lambda: str(1, 2, 3, 4), lambda: str(object=1, foo=2)):
    try:
        print(call())
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
class S:
    def __str__(self):
        return "custom"
class SubStr(str):
    pass
class ReturnsSub:
    def __str__(self):
        return SubStr("sub result")
class ReturnsBad:
    def __str__(self):
        return b"bytes"
class OnlyRepr:
    def __repr__(self):
        return "from repr"
print(str(S()), str(OnlyRepr()), type(str(ReturnsSub())).__name__, str(ReturnsSub()), type(SubStr("x")).__name__)
print(type(str(SubStr("x"))).__name__, type(SubStr(5)).__name__, SubStr(b"ab", "ascii"), type(format(SubStr("q"))).__name__)
try:
    str(ReturnsBad())
except TypeError as e:
    print("TypeError:", e)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())
u = Upper("abc")
print(u, type(u).__name__, len(u), u + "d", type(u + "d").__name__, u.lower(), type(u.lower()).__name__, isinstance(u, str))
print(str.__new__(Upper, "raw"), type(str.__new__(Upper, "raw")).__name__)
