# str.maketrans in its three forms and str.translate with ints, strings, None, lookup errors
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t = str.maketrans("ab", "12", "cd")
print(sorted(t.items()), "abcde".translate(t))
t = str.maketrans({"a": "A", "b": None, 99: "CC", "😀": "smile"})
print(sorted(t.items()), "abc😀".translate(t))
print("hello".translate({ord("l"): ord("L"), ord("o"): "0"}), "abc".translate({}), "abc".translate([None, None]))
class Table:
    def __getitem__(self, cp):
        if cp == ord("x"):
            raise LookupError
        return chr(cp).upper() * 2
print("axb".translate(Table()))
for call in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
             lambda: str.maketrans({1.5: "a"}), lambda: str.maketrans("a", 1), lambda: "a".translate({97: 1.5}),
             lambda: "a".translate({97: 0x110000}), lambda: "a".translate(5), lambda: str.maketrans()):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Boom:
    def __getitem__(self, cp):
        raise KeyError("not a lookup failure?")
print("ab".translate(Boom()))
class Bad:
    def __getitem__(self, cp):
        raise ValueError("bad table")
try:
    "ab".translate(Bad())
except ValueError as e:
    print("ValueError:", e)
