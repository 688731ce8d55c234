# A pattern anchored at the string's start (\A, or ^ without MULTILINE) is tried at the search's first position only
# (a long subject is not scanned); ^ never matches at pos > 0. Patterns are weakly referenceable.
import re
import weakref

s = "x" * 100000 + "y"
for p in [r"\Ay", r"^y", r"\Ax", r"^x+y", r"(?m)^y", r"^$", r"\A"]:
    r = re.compile(p)
    m = r.search(s)
    print(p, m and m.span(), len(re.split(p, s)), len(re.findall(p, s)), r.search("ab", 1), len(re.sub(p, "-", s)))
print(re.compile("^a").search("ba"), re.compile("^a").search("ab").span(), re.compile(r"\Ab").search("ab", 1))
print(re.compile("^").search("", 0).span(), re.compile(r"\A").search("abc", 3))
r = re.compile("a")
ref = weakref.ref(r)
print(ref() is r, weakref.proxy(r).pattern)
