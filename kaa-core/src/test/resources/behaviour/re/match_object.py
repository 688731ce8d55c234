# re.Match: groups by number and name, defaults, spans, regs, lastindex/lastgroup, pos/endpos/re/string, repr,
# and the errors of bad group references.
import copy
import re

m = re.compile(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?").search("xx Jane Doe", 1)
print(m, m.group(), m.group(1), m.group("last"), m.group(0, 1, "last"), m[2], m["first"])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0), m.groups(default=1), m.groupdict(default=2))
print(m.start(), m.end(), m.span(), m.start(3), m.span("rest"), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string)
print(m.expand(r"\g<last>, \g<first>\g<rest>."), copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)(?:b)", "ab").lastindex, re.match("a", "a").lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(?P<o>(?P<i>a)b)", "ab").lastgroup)
print(re.match(r"(a)(b)?", "a").group(2), re.match(r"(a)(b)?", "a").span(2))
print(re.match(r"x*", "yyy"), re.match(b"\\w+", b"bytes!"))
print(re.search("\U0001F600+", "ab\U0001F600\U0001F600c").span())
for g in [3, -1, "nope", 1.5, None, [1]]:
    try:
        m.group(g)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(m.group(True), re.Match[str], type(m).__name__, type(m).__module__)
try:
    re.Match()
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: m.groups(1, 2), lambda: m.groups(x=1), lambda: m.groups(1, default=2), lambda: m.groupdict(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
