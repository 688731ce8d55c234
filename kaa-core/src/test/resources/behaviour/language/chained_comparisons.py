# Chained comparisons: each operand evaluated at most once, stops at the first false link, mixed operators.
log = []

def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(0) < v(3), log)
log.clear()
print(v(1) == v(1) != v(2) is not None, log)
log.clear()
print(v(3) > v(2) >= v(2) > v(5) > v(9), log)
log.clear()
x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 3, x == 5 == 5.0, 1 < 2 in [2], 3 not in [] is not None)
print([1, 2] < [1, 3] < [2], "a" < "b" <= "b" < "c", (1, 2) == (1, 2) != (2, 1))

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
    def __bool__(self):
        raise AssertionError("not called: chain results are returned as is")

a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)

class Weird:
    def __lt__(self, other):
        return "truthy result"
    def __gt__(self, other):
        return ""

w = Weird()
print(repr(w < 1), repr(w > 1), repr(w < 1 < 2), repr(w > 1 < 2))
try:
    1 < "a" < 3
except TypeError as e:
    print(e)
try:
    [] < ()
except TypeError as e:
    print(e)
print(1 < 2 if True else 0, not 1 < 2, (1 < 2) + (2 < 3))
