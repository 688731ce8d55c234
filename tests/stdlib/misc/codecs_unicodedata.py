"""codecs and unicodedata: encodings, error handlers, incremental decoding, normalization and character data."""
import codecs
import unicodedata

text = "Grüße, 世界! 😀"
for enc in ["utf-8", "utf-16-le", "utf-16", "utf-32-be", "latin-1", "cp1252", "ascii", "utf-7", "idna" if False else "koi8-r"]:
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:12])
    except UnicodeEncodeError as e:
        print(enc, "error:", e.reason, e.start, e.end)
for handler in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    print(handler, text.encode("ascii", handler))
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é😀".encode()])
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.lookup("UTF8").name, codecs.BOM_UTF8)
print(codecs.escape_decode(b"a\\nb")[0], "tab\there".encode("unicode_escape"), b"\\u00e9".decode("unicode_escape"))
for ch in ["A", "é", "ß", "中", "😀", "٣", "\u0301"]:
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.east_asian_width(ch), unicodedata.combining(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.digit("٣"), unicodedata.decimal("7"), unicodedata.mirrored("("))
s = "e\u0301"
print([len(unicodedata.normalize(f, s)) for f in ["NFC", "NFD", "NFKC", "NFKD"]], unicodedata.normalize("NFKD", "ﬁ"), unicodedata.is_normalized("NFC", s))
print(unicodedata.decomposition("é"), unicodedata.unidata_version)
