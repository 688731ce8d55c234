# match: or-patterns (alternatives tried in order), as-patterns, guards evaluated after binding, side effects.
log = []

def noisy(name, result):
    log.append(name)
    return result

def classify(x):
    match x:
        case 1 | 2 | 3 as small if noisy("guard small", small != 2):
            return f"small {small}"
        case [1 | 2 as a, (3 | 4) as b]:
            return f"pair {a} {b}"
        case (int() | float()) as num if noisy("guard num", num > 100):
            return "big number"
        case {"k": (str() as s) | (bytes() as s)}:
            return f"key {s!r}"
        case [x, y] | (x, y, _):
            return f"either {x} {y}"
        case _ if noisy("guard wildcard", True):
            return "fallback"

for v in [1, 2, 3, [2, 4], 500, 50, {"k": "s"}, {"k": b"b"}, [7, 8], (7, 8, 9), "z"]:
    print(repr(v), "->", classify(v))
print(log)

def guard_binds_even_when_false():
    match [1, 2]:
        case [a, b] if a > b:
            pass
        case _:
            pass
    return a, b

print(guard_binds_even_when_false())

def guard_raises():
    match 3:
        case n if n / 0:
            pass

try:
    guard_raises()
except ZeroDivisionError as e:
    print("guard error", e)

match (1, (2, 3)):
    case (a, (b, c) as inner) as whole:
        print(a, b, c, inner, whole)

try:
    compile("match x:\n    case [a] | b:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match x:\n    case a | 1:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match x:\n    case 1 as _:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
