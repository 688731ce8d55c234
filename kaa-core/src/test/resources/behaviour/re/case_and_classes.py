# Character classes and case-insensitive matching: Unicode by default for str, ASCII with re.ASCII and for bytes,
# the special case pairs (Kelvin sign, long s, sigma, dotless i), ranges, categories and negated sets.
import re

print(re.findall(r"\w+", "héllo wörld_1 ٣"), re.findall(r"(?a)\w+", "héllo wörld"), re.findall(rb"\w+", b"h\xe9llo"))
print(re.findall(r"\d", "1٣۴x"), re.findall(r"(?a)\d", "1٣۴x"), re.findall(r"\s", "a b\t\x1c\x85\u2028\xa0c"))
print(re.findall(r"(?a)\s", "a b\t\x1c\x85c"), re.findall(rb"\s", b"a b\t\x1c\x85c"), re.findall(r"\W", "a-b c"))
for pattern, s in [("(?i)k", "kK\u212a"), ("(?i)s", "sS\u017f"), ("(?i)σ", "σςΣ"), ("(?i)[a-z]", "Z\u212a\u0131I"),
                   ("(?i)ı", "ıIi"), ("(?ia)k", "kK\u212a"), ("(?i)[^k]", "kK\u212ax"), ("(?i)ß", "ßẞss"),
                   ("(?i)[ǅ]", "ǄǅǆD"), ("(?i)straße", "STRASSE Straße"), ("(?i)\u0390", "\u1fd3")]:
    print(pattern, re.findall(pattern, s))
print(re.findall(rb"(?i)[a-c]", b"ABCabc\xc1"), re.findall(rb"(?iL)[a-c]", b"ABCabc"), re.findall(r"[\u00e0-\u00ff]+", "àéÿĀ"))
print(re.findall(r"[^\x00-\x7f]+", "a\U0001F600é b"), re.findall(r"[\U0001F600-\U0001F64F]", "x\U0001F601y"))
print(re.findall(r"(?i)[\U00010400-\U0001044f]", "\U00010400\U00010428"), re.match(r"\w", "\U00010400"))
print(re.findall(r"\bé\b", "é xé é"), re.findall(r"(?a)\b\w", "éa b"), re.findall(r"\B.", "ab c"))
print(re.match(r".", "\n"), re.match(r"(?s).", "\n"), re.findall(r"^\w", "a\nb", re.M), re.findall(r"\w$", "a\nb\n"))
print(re.search(r"\Z", "a\n").span(), re.search(r"$", "a\n").span(), re.search(r"\A\w", "a"))
