# and/or/not and conditional expressions: short-circuit evaluation order, values returned, __bool__ and __len__ calls.
log = []

def v(x, name=None):
    log.append(name or repr(x))
    return x

print(v(0) and v(1), log)
log.clear()
print(v(2) and v(3) and v(4), log)
log.clear()
print(v("") or v(None) or v([]), log)
log.clear()
print(v(0) or v("x") or v("unreached"), log)
log.clear()
print(v(1) if v(False) else v(2), log)
log.clear()
print(v(0) and v(1) or v(2), v(1) or v(2) and v(3), log)
log.clear()

class Truth:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print("__bool__", self.value)
        return self.value
    def __repr__(self):
        return f"Truth({self.value})"

print(Truth(False) or Truth(True))
print(Truth(True) and Truth(False))
print(not Truth(True))
print([1] and (), 0 or {}, None or 0 or "" or "last")

class Sized:
    def __len__(self):
        print("__len__")
        return 0

print(bool(Sized()), Sized() or "fallback")

class BadBool:
    def __bool__(self):
        return 1

try:
    if BadBool():
        pass
except TypeError as e:
    print(e)

class NegLen:
    def __len__(self):
        return -1

try:
    not NegLen()
except ValueError as e:
    print(e)

def side(name):
    print("side", name)
    return True

if side("a") or side("b"):
    print("branch")
while not side("c") and side("d"):
    pass
print([x for x in range(6) if x % 2 and x > 1])
print(all(side(i) for i in range(2)), any(side(i) for i in range(2)))
