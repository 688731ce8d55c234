# Empty matches as CPython 3.7+ handles them: an empty match may follow a non-empty one at the same place, but the
# next search after an empty match must move on.
import re

for pattern in [r"x*", r"\b", r"", r"(?=a)", r"a|", r"^", r"$", r"(?m)^", r"(?m)$"]:
    s = "axxb a"
    print(repr(pattern), re.findall(pattern, s), [m.span() for m in re.finditer(pattern, s)])
    print("  ", re.sub(pattern, "-", s), re.subn(pattern, "-", s)[1], re.split(pattern, s))
print(re.sub("x*", "-", "abxd"), re.split(r"\s*", "a b"), re.split(r"(\s*)", "ab c"))
print(re.findall(r"\w*", "hello world"), re.sub(r"(?:)", "|", ""), re.split(r"x*", ""))
