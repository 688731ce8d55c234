"""Parsing a web-server log with re: named groups, finditer, compiled patterns, flags."""
import re

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.20 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 -
10.0.0.5 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 404 512
127.0.0.1 - - [10/Oct/2023:13:58:40 +0000] "GET /index.html HTTP/1.1" 200 2326
"""
LINE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')
total = 0
for m in LINE.finditer(LOG):
    size = 0 if m["size"] == "-" else int(m["size"])
    total += size
    print(m.group("ip", "method", "path"), m["status"], size, m.span("path"))
print("bytes:", total)
print(LINE.groupindex["status"], LINE.groups)
print(re.findall(r"\b\d{3}\b", LOG))
print(re.findall(r"(\w+)=(\d+)", "a=1, bb=22, c=x"))
print(re.search(r"(?i)get\s+(/\w+)", LOG).group(1))
print(re.match(r"\d+", "abc"), re.fullmatch(r"[a-z]+", "hello"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
m = re.search(r"(\d+)-(\d+)?", "range 10- here")
print(m.groups(), m.groups("none"), m.lastindex, m.start(1), m.end())
print(re.escape("a.b*c?"), bool(re.compile(r"^\s*$").match("   ")))
pat = re.compile(r"""
    (?P<key>[a-z_]+)   # a key
    \s*=\s*
    (?P<value>"[^"]*"|\S+)
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer('name = "Kaa"  version=3.12 mode = fast')])
print(re.compile(r"a+", re.I | re.M), re.compile(rb"\x00+"))
print(re.sub(r"(?m)^", "> ", "one\ntwo"), re.findall(r"^\w", "ab\ncd", re.M))
print(re.findall(r"(?<=@)\w+", "x@home y@work"), re.findall(r"\w+(?!\d)", "ab1 cd"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(?:a*)*b", "aaab").group())
