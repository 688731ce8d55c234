"""re.sub with functions and backreferences, and a small tokenizer built on a master pattern."""
import re
from typing import NamedTuple

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail alice@example.com or bob@test.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"\s+", " ", "too    many   spaces\there"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Grace Hopper"))
print(re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "hi there"))
print(re.sub(r"[aeiou]", "", "programming language", count=3))

class Token(NamedTuple):
    type: str
    value: str
    line: int
    column: int

def tokenize(code):
    keywords = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
    token_specification = [
        ("NUMBER", r"\d+(\.\d*)?"),
        ("ASSIGN", r":="),
        ("END", r";"),
        ("ID", r"[A-Za-z]+"),
        ("OP", r"[+\-*/]"),
        ("NEWLINE", r"\n"),
        ("SKIP", r"[ \t]+"),
        ("MISMATCH", r"."),
    ]
    tok_regex = "|".join("(?P<%s>%s)" % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in keywords:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)

statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)
try:
    list(tokenize("a := $"))
except RuntimeError as e:
    print(e)
try:
    re.compile("(unclosed")
except re.error as e:
    print("error:", e, e.pos)
