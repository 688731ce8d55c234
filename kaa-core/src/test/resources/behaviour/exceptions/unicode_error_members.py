# UnicodeError's reason and encoding take any value (str() shows its str); SyntaxError's end_lineno needs end_offset
u = UnicodeEncodeError("baz", "xxxxx", 1, 5, "foo")
u.reason = 0x345345345345345345
u.encoding = 4000
print(str(u), repr(u.reason))
d = UnicodeDecodeError("baz", b"xxxxx", 1, 2, "foo")
d.reason = ["a list"]
print(str(d))
t = UnicodeTranslateError("xxxx", 1, 5, "foo")
t.reason = None
print(str(t))
for info in [("bad.py", 1, 2), ("bad.py", 1, 2, "text", 1), ("bad.py", 1, 2, "text", 1, 3)]:
    try:
        print(repr(SyntaxError("bad", info)))
    except TypeError as e:
        print("TypeError", e)
