# set and frozenset: operators, methods, comparisons, hashing, reprs
a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.union([9], (8,)), a.intersection(range(3), [2]), a.difference([1], [2]), a.symmetric_difference("x") == {1, 2, 3, "x"})
print(a <= a, a < a, {1} < a, a > {1}, a >= {1, 2, 3}, a == {3, 2, 1}, a != b)
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint(b), a.isdisjoint([7]))
c = set(a)
c |= {10}
c &= {1, 10, 2}
c -= {2}
c ^= {1, 5}
print(sorted(c))
c.update([7], (8,))
c.intersection_update(range(9))
c.difference_update([7])
c.symmetric_difference_update({0})
print(sorted(c))
c.add(3)
c.discard(99)
c.remove(3)
print(sorted(c), c.pop() in {0, 5, 8}, len(c))
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
f = frozenset([1, 2])
print(f, frozenset(), set(), repr({1}), repr(frozenset({"a"})))
print(type(f | {3}).__name__, type({3} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(f == {1, 2}, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})], frozenset() == set())
print(hash(frozenset()) == hash(frozenset([])), frozenset(f) is f)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(3)
except AttributeError as e:
    print("AttributeError:", e)
# set of frozensets, sets compare by == of elements (1 == 1.0)
s = {frozenset({1}), frozenset({1.0}), frozenset()}
print(len(s), {1, 2} == {1.0, 2.0}, {True} == {1})
# set changed during iteration
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
class S(set):
    pass
print(type(S([1]) | {2}).__name__, S([1]) == {1}, repr(S()), repr(S([1])))
