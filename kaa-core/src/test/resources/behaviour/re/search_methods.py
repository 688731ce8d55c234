# re.Pattern's searching methods on str and bytes: match, fullmatch, search (with pos/endpos), findall (no group,
# one group, several), finditer, split (with groups, maxsplit), sub/subn (template, function, count).
import re

p = re.compile(r"(\w+)@(\w+)\.com")
s = "mail bob@example.com and ann@test.com, not x@y.org"
print(p.match(s), p.match(s, 5), p.fullmatch("a@b.com"), p.fullmatch("a@b.comx"))
print(p.search(s), p.search(s, 21), p.search(s, 0, 10), p.search(s, 100))
print(p.findall(s), re.findall(r"\d+", "a1b22c333"), re.findall(r"(a)(b)?", "ab a"))
print([m.span() for m in p.finditer(s)], [m.group() for m in re.finditer(r"\w+", "one two", 2)])
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"([,;])", "a,b;c"), re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"(x)|(y)", "1x2y3"))
print(p.sub(r"<\2:\1>", s), p.subn(r"\g<0>!", s), p.sub(r"\g<2>", s, count=1))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(re.sub(r"a", "\\n", "bab"), re.sub(r"(?P<x>a)", r"[\g<x>]", "bab"), re.sub("a", "", "banana"))
print(re.sub(r"(b)|(c)", r"\1\2", "abcd"), re.subn("q", "z", "abc"))
print(re.findall(rb"\d+", b"a1b22"), re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.split(rb"\s", b"a b"))
print(re.search(rb"b+", bytearray(b"abbbc")), re.search(rb"b+", memoryview(b"abbbc")).group())
print(re.match(r"(a)(b)(c)", "abc").expand(r"\3\2\1 \g<1>"))
for args in [("x", 1), (b"x", "x"), ("x", b"x")]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
