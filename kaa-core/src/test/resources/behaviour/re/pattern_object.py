# re.Pattern: attributes, repr (flags shown as CPython shows them, long patterns cut), equality and hashing,
# copying, generic alias; what cannot be done with it.
import copy
import re

p = re.compile(r"(?P<year>\d{4})-(\d\d)", re.IGNORECASE | re.MULTILINE)
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(re.compile("a"), re.compile(b"a"), re.compile("a", re.A), re.compile(b"a", re.L), re.compile("a", re.U))
print(re.compile("a", re.S | re.X | re.DEBUG if False else re.S | re.X), re.compile("x" * 300))
print(re.compile("'\"\n"), re.compile(r"\d", re.I | re.M | re.S | re.X | re.A))
print(p == re.compile(r"(?P<year>\d{4})-(\d\d)", re.I | re.M), p == re.compile(r"(?P<year>\d{4})-(\d\d)"))
print(hash(p) == hash(re.compile(r"(?P<year>\d{4})-(\d\d)", re.I | re.M)), re.compile("a") != re.compile(b"a"))
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.Pattern[bytes], type(p).__name__, type(p).__module__)
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)
try:
    class P(re.Pattern):
        pass
except TypeError as e:
    print("TypeError:", e)
s = p.scanner("1999-12 2000-01")
print(type(s).__name__, s.pattern is p, s.search(), s.search(), s.search(), s.search())
s = p.scanner("1999-12 2000-01")
print(s.match(), s.match(), s.match())
