# Regular expressions (the _sre engine): a tokenizer over log lines (alternation of named groups, finditer),
# an email-ish search (findall with character classes and repeats), sub with group references and with a function,
# split on a class, and a whole-line match with lazy and greedy parts. Prints a checksum.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "error", "warning", "info", "debug", "user", "host"]


def make_log(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        v = WORDS[(i * 7) % len(WORDS)]
        lines.append("2026-12-%02d 12:%02d:%02d [%s] %s.%s@example%d.com sent %d bytes to 10.0.%d.%d: \"%s %s\""
                     % (i % 28 + 1, i % 60, (i * 13) % 60, w.upper(), v, w, i % 5, i * 37 % 10000,
                        i % 256, (i * 3) % 256, w, v))
    return lines


TOKEN = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})
  | (?P<time>\d{2}:\d{2}:\d{2})
  | (?P<level>\[[A-Z]+\])
  | (?P<ip>\d+\.\d+\.\d+\.\d+)
  | (?P<number>\d+)
  | (?P<string>"[^"]*")
  | (?P<word>[A-Za-z_][\w.@]*)
  | (?P<punct>[:,.])
  | (?P<space>\s+)
""", re.VERBOSE)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
LINE = re.compile(r'^(\S+) (\S+) \[(\w+)\] (.*?)@(\w+)\.com sent (\d+) bytes to ([\d.]+): "(.*)"$')


def main():
    lines = make_log(20000)
    kinds = {}
    for line in lines:
        for m in TOKEN.finditer(line):
            kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
    text = "\n".join(lines)
    emails = EMAIL.findall(text)
    swapped = DATE.sub(r"\3/\2/\1", text)
    upper = re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), text[:50000])
    pieces = re.split(r"[\s,:]+", text)
    nested = 0
    for line in lines:
        m = LINE.match(line)
        nested += len(m.group(4)) + int(m.group(6)) % 7 + len(m.groups())
    total = sum(kinds.values()) + len(emails) + len(swapped) + len(upper) + len(pieces) + nested
    print(sorted(kinds.items()), len(emails), len(swapped), len(upper), len(pieces), nested, total)


main()
