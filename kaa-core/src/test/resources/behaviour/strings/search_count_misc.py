# str searching with start/end (negative, out of range, None), startswith/endswith tuples, count/replace edge cases
s = "abracadabra"
print(s.find("a", 1), s.find("a", -3), s.find("a", 1, 3), s.find("a", 100), s.find("", 11), s.find("", 12), s.find("a", None, None))
print(s.rfind("a", 0, -1), s.rfind("abra", -4), s.index("c", -10, -5), s.count("a", 2), s.count("a", -1), s.count("", 3, 5))
print(s.count(""), "".count(""), "".find(""), "".find("", 1), "abc".rfind(""), "aaaa".count("aa"), "aaaa".replace("aa", "b"))
print(s.startswith(("x", "ab")), s.endswith("bra", 0, 11), s.startswith("bra", 8), s.startswith("", 11), s.startswith("", 12))
print(s.endswith(("a",), -1), s.endswith("cad", 2, -4), "abc".startswith(()), "".endswith(""))
print(s.replace("a", "A", 2), s.replace("a", "A", 0), s.replace("a", "A", -1), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"))
print("abc".replace("abc", ""), "a.b.c".replace(".", ""), s.replace("bra", "BRA", 1))
for call in (lambda: s.find(1), lambda: s.startswith(["a"]), lambda: s.startswith(("a", 1)), lambda: s.index("z"),
             lambda: s.rindex("z", 0, 3), lambda: s.count(None), lambda: s.replace("a"), lambda: s.find("a", "1"),
             lambda: s.replace("a", "b", "c"), lambda: s.endswith(b"a")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 5
print(s.find("a", Idx()), s[Idx():], s.count("a", Idx(), None))
print("-".join(["a", "b"]), ",".join(iter("xyz")), "".join(()), "ab".join("123"))
for bad in (["a", 1], ["a", None, 2], [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("x" * 0, "x" * -3, "ab" * 3, "" * 100, 0 * "x", "%" in "100%", "" in "abc", "" in "", "ab" in "a")
