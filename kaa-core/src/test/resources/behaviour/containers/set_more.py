# set/frozenset: construction from iterables, mixed set/frozenset operators, in-place operators' type rules, re-init
s = set("abracadabra")
print(sorted(s), sorted(frozenset(x % 3 for x in range(10))), set(range(3)) == frozenset({0, 1, 2}), {1, 2} < frozenset({1, 2, 3}))
print(type(frozenset({1}) & {1}).__name__, type({1} ^ frozenset()).__name__, type(frozenset("a").union("b")).__name__)
t = {1, 2}
t.__init__([5])
print(t, set.__init__ is not None)
for expr in ("t |= [1]", "t &= (1,)", "t -= 'x'", "t ^= range(2)", "t <= [5]", "t | range(2)"):
    try:
        exec(expr)
        print(expr, "->", sorted(t))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
print(sorted(t.union([1], range(3))), sorted(t.intersection()), t.difference() == t, t.difference() is t)
u = {1, 2, 3}
print(u.issubset([1, 2, 3, 4]), u.issuperset(iter([1])), u.isdisjoint(iter([])), u == {1.0, 2.0, 3.0}, {0} == {False})
print(set() == frozenset(), {()} == {()}, len({(1, 2), (1, 2.0)}), len({"a", b"a"}), {None, None})
for call in (lambda: set(1), lambda: set([[1]]), lambda: frozenset([{}]), lambda: set().update(1), lambda: {1}.issubset(5),
             lambda: set(a=1), lambda: {1}.remove([]), lambda: {1}.discard({2})):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print({1}.discard(frozenset()), frozenset({1}) in {frozenset({1})}, {1} in [frozenset({1})], set() in {frozenset()})
class SS(set):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "sub"
x = SS([3, 1])
print(type(x.copy()).__name__, type(x | {9}).__name__, x.tag, sorted(x), x == {1, 3}, isinstance(x, set))
class FS(frozenset):
    pass
f = FS([1])
print(type(f.copy()).__name__, f.copy() is f, type(frozenset(f)).__name__, frozenset(f) is f, hash(f) == hash(frozenset([1])))
