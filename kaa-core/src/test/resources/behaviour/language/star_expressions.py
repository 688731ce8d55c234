# Star expressions: in subscripts (PEP 646), in return/yield tuples, in for targets, in displays, and their errors.
class Show:
    def __getitem__(self, key):
        return key

s = Show()
args = (1, 2)
print(s[*args], s[0, *args], s[*args, 3], s[*[]])

def ret():
    rest = [2, 3]
    return 1, *rest

def gen():
    more = "bc"
    yield "a", *more

print(ret(), next(gen()))
for first, *others in ["abc", "d"]:
    print(first, others)
print([*"ab", *range(2)], (*"ab",), sorted({*"aab"}), {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")
print(*(), "only")
x = *range(3),
print(x)
for src in ["print(*)", "*a", "a = *b", "[*a for a in b]", "{**a for a in b}", "f(**a, *b)", "del *a",
            "return *a"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
