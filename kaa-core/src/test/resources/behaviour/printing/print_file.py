import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collect()
print("a", 1, file=c)
print("b", "c", sep="+", end="!", file=c, flush=True)
print(c.parts)
print("to stderr", file=sys.stderr)
print("None file means stdout", file=None)
