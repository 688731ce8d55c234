# print: sep, end, file, flush, non-str objects and errors
import sys
print()
print("a", "b", sep="")
print("a", "b", sep="--", end="|\n")
print("no newline", end="")
print(" then", 1, None, [2], sep=None, end=None)
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("file None", file=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("x", 1, sep="+", end="!", file=w)
print(w.parts)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {"k": S()})
for kwargs in ({"sep": 5}, {"end": b"x"}, {"file": 5}, {"nope": 1}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
