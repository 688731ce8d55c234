# tuple: construction, operations, methods, hashing, comparison, errors
t = (1, 2, 3)
print(t + (4,), t * 2, 2 * t, t * 0, t[1:], t[::-1], t[-1], len(t))
print(tuple(), tuple("ab"), tuple([1]), tuple(range(3)), tuple(x for x in "xy"), (1,), ())
print(t.index(2), t.count(1), (1, 1, 1).count(1), t.index(3, 1, 3))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, []))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1.0, 2)), hash(()) == hash(tuple()))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, "a") == (1, "a"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
# immutability does not extend to elements
u = ([1], 2)
u[0].append(3)
print(u)
try:
    u[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(u)
# tuple() of a tuple is the same object, empty tuple is shared
empty = ()
print(tuple(t) is t, t[:] is t, empty is tuple())
a, *rest = t
print(a, rest, [*t, *"ab"], (*t,))
print(repr((1,)), repr(((),)), str(("a", 'b"')), 3 in t, 4 not in t)
