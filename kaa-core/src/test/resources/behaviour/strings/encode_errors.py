# str.encode / bytes.decode with each error handler, and the attributes of the Unicode errors
text = "aé€😀\udc80"
for codec in ("ascii", "latin-1", "utf-8", "utf-16-le"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        try:
            print(codec, errors, text.encode(codec, errors))
        except UnicodeEncodeError as e:
            print(codec, errors, "UnicodeEncodeError:", e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
        except LookupError as e:
            print(codec, errors, "LookupError:", e)
data = b"a\xe9\xff\xc3(\xed\xa0\x80z"
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"):
    for codec in ("ascii", "utf-8"):
        try:
            print(codec, errors, ascii(data.decode(codec, errors)))
        except UnicodeDecodeError as e:
            print(codec, errors, "UnicodeDecodeError:", e)
print("x".encode(), "x".encode(encoding="utf_8"), "ü".encode("UTF8"), "ü".encode("Latin1"), "ü".encode("iso-8859-1"))
for call in (lambda: "x".encode("no-such-codec"), lambda: "é".encode("ascii", "no-such-handler"),
             lambda: b"x".decode("nope"), lambda: "x".encode(5), lambda: "\udc80".encode()):
    try:
        print(call())
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(repr(e), e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(repr(e), e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "my reason")
print(str(e), e.encoding)
e.reason = "changed"
e.start = 0
print(str(e))
