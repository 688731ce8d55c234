# match: sequence patterns (fixed, starred, nested; str/bytes are not sequences here) and mapping patterns (**rest).
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair of equal {a}"
        case (a, b):
            return f"pair {a} {b}"
        case [first, *middle, last] if middle:
            return f"first {first} middle {middle} last {last}"
        case [[x, y], *_]:
            return f"nested {x} {y}"
        case _:
            return "other"

for v in [[], [1], (2,), [3, 3], (1, 2), [1, 2, 3, 4], [[5, 6], 7], "ab", b"ab", {1: 2}, range(2), iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))

def mapping(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle with {sorted(rest)}"
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 1, "c": 0}, {"type": "other"}, {},
          [("type", "point")]]:
    print(v, "->", mapping(v))

class Missing(dict):
    def __missing__(self, key):
        return "from __missing__"

match Missing(a=1):
    case {"b": b}:
        print("matched via __missing__", b)
    case {"a": a}:
        print("get() does not call __missing__", a)

match {"k": None}:
    case {"k": None}:
        print("None value matched")

def star_only(x):
    match x:
        case [*all_items]:
            return all_items

print(star_only((1, 2)), type(star_only((1, 2))).__name__)

try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match x:\n    case [*a, *b]:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match x:\n    case {**rest, 'a': 1}:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
