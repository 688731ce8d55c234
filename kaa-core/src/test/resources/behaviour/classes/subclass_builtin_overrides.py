# subclasses of list/dict/str/int overriding methods: which built-in operations use the override
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k)
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)
    def keys(self):
        print("  keys()")
        return super().keys()
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(dict(d), d.get("b"), d["a"])
print({**d}, dict(d) == d, list(d))
class LoudList(list):
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()
    def __len__(self):
        print("  __len__")
        return super().__len__()
    def append(self, x):
        print("  append", x)
        super().append(x)
l = LoudList([1, 2])
print(list(l), sum(l), [*l], sorted(l), len(l), tuple(l))
l.extend([3])
l += [4]
print(l, type(l + [5]).__name__, type(l[:]).__name__, type(l * 2).__name__)
class UpperStr(str):
    def __str__(self):
        return "__str__ called"
    def upper(self):
        return "overridden upper"
    def __len__(self):
        return 99
u = UpperStr("abc")
print(u, str(u), f"{u}", "%s" % u, u.upper(), len(u), u + "!", type(u + "!").__name__, type(u[:]).__name__)
print(repr(u), u == "abc", hash(u) == hash("abc"), "{}".format(u), "".join([u]), type(str(u)).__name__)
class LoudInt(int):
    def __add__(self, other):
        return "LoudInt.__add__"
    def __eq__(self, other):
        return "LoudInt.__eq__"
    __hash__ = int.__hash__
    def __index__(self):
        return 0
    def __int__(self):
        return 42
n = LoudInt(5)
print(n + 1, 1 + n, n - 1, n == 5, sum([n, 1]), [10, 20, 30, 40, 50, 60][n], int(n), n.bit_length(), str(n), "%d" % n, f"{n}")
print(range(n), hex(n), {n: "x"}[5], abs(n), type(abs(n)).__name__, -n, type(-n).__name__)
class MyTuple(tuple):
    def __len__(self):
        return 0
    def __getitem__(self, i):
        return "overridden"
t = MyTuple((1, 2))
print(list(t), t[0], len(t), bool(t), a := t.count(1), (x, y := t) if False else "", *t)
