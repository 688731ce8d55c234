# match: literal patterns (numbers, strings, None/True/False by identity), capture, wildcard, value patterns.
class Color:
    RED = "red"
    GREEN = "green"

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -2:
            return "minus two"
        case 1+2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting or bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "value pattern red"
        case Color.GREEN:
            return "value pattern green"
        case str() as s if s.startswith("x"):
            return "x-string " + s
        case other:
            return f"captured {other!r}"

for v in [0, 0.0, False, 1, True, 1.0, 1.5, -2, 1+2j, "hello", b"bytes", None, "red", "green", "xyz", [1], 2]:
    print(repr(v), "->", describe(v))

def wildcard(x):
    match x:
        case _:
            return "always"

print(wildcard(object()) == "always")

def capture_binds():
    match 42:
        case n:
            pass
    return n

print(capture_binds())

def no_match():
    result = "unchanged"
    match 5:
        case 1:
            result = "one"
    return result

print(no_match())

for src in ["match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
            "match x:\n    case a | b:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case 1 + 1:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print(e.msg)
