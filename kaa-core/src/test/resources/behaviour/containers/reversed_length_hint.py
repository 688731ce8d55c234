# reversed()'s __length_hint__ asks the sequence's len() again: what is left, 0 once the sequence shrank below the
# position, and the error of a len() that fails.
import operator


class Seq:
    def __init__(self, n): self.n = n
    def __len__(self):
        if self.n < 0:
            raise ZeroDivisionError("len failed")
        return self.n
    def __getitem__(self, i): return i


s = Seq(5)
r = reversed(s)
print(operator.length_hint(r), next(r), operator.length_hint(r))
s.n = 2
print(operator.length_hint(r))
s.n = -1
try:
    operator.length_hint(r)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
r = reversed("abc")
list(r)
print(operator.length_hint(r))
