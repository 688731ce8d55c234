# Lookahead, lookbehind, atomic groups, possessive repeats, conditionals, backreferences and nested repeats.
import re

cases = [
    (r"foo(?=bar)", "foobar foobaz"), (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42 or 7"),
    (r"(?<!\$)\b\d+", "cost $42 or 7"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"a++b", "aaab"),
    (r"a*+a", "aaa"), (r"(?:ab)++", "ababa"), (r"(\w)\1", "hello"), (r"(?i)(\w)\1", "aA bB"),
    (r"(a)?(?(1)b|c)", "ab c"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"there\""), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"(?:(a)|b)+", "ab"), (r"(a*)*b", "aab"), (r"(a*)+?b", "aab"), (r"((a)|b)*", "abab"), (r"(?:x{2,3}){2}", "xxxxxxx"),
    (r"(?:a|b)*?c", "ababc"), (r"(?s)<.*?>", "<a>\n<b>"), (r"(?<=(a))b", "ab"), (r"(?=(\w+))\w", "abc"),
    (r"x{3}", "xxxx"), (r"x{2,}?", "xxxx"), (r"\d{2,4}?\d", "12345"), (r"[^\W\d]+", "ab12cd"),
]
for pattern, s in cases:
    print(pattern, [(m.span(), m.groups()) for m in re.finditer(pattern, s)])
print(re.match(r"(a|b)*c", "ab" * 50000 + "c").span(), re.match(r"(?:a|b)*?c", "ab" * 50000 + "c").span())
print(re.search(r"(x+x+)+y", "x" * 20 + "y").span(), len(re.findall(r"(?:(?:a)*)*b", "a" * 1000 + "b")))
print(re.fullmatch(r"(?:a|ab)+", "abab" * 10000) is not None, re.match(r"(.)*", "z" * 100000).group(1))
