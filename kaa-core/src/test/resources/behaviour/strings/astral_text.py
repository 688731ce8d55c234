# characters outside the BMP: length, indexing, slicing, reversing, searching, iteration, comparison
s = "a😀b𝔘c🎉"
print(len(s), s[1], s[-1], s[1:4], s[::-1], s[::2], s[-2::-2], list(s), [ord(c) for c in s][:3])
print(s.find("b"), s.index("𝔘"), s.rfind("🎉"), s.count("😀"), "😀" in s, s.find("😀", 2), s.find("c", -3, -1))
print(s.replace("😀", "!"), s.upper(), s.center(10, "*"), s.split("𝔘"), s.startswith("a😀"), s.endswith("🎉", 0, 5))
print(repr(s), ascii(s), s.encode("utf-8"), len(s.encode("utf-16-le")), s.encode("utf-32-be")[:8])
print(sorted("🎉😀a𝔘\uffff"), "😀" > "\uffff", "𝔘" < "😀", max(s), min(s))
print(list(reversed(s)), "".join(reversed(s)) == s[::-1], s * 2, len(s * 3), s.zfill(8))
it = iter(s)
print(next(it), next(it), next(it))
print(chr(0x1F600) == "\U0001F600" == "😀", "\N{GRINNING FACE}" == "😀", f"{'😀':>3}|", "%3s|" % "😀")
print(s.encode("utf-8").decode("utf-8") == s, "😀".encode("utf-16"), "x😀".isprintable(), "😀".isalpha())
print([c for c in "🇫🇷"], len("👨‍👩‍👧"), "e\u0301" == "é", len("e\u0301"))
