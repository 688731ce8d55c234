# sum/min/max/all/any: start values, keys, defaults, mixed types and the messages of their errors
print(sum([]), sum([], 10), sum([1.5, 2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(5), start=-10))
print(sum([1, 2**70]), sum([0.1] * 10), sum([1j, 2]), sum([True, True, 3]))
for call in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
             lambda: sum(["a"]), lambda: sum(5), lambda: sum([1, "a"]), lambda: sum()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(min([3, 1, 2], key=lambda x: -x), max("apple", "pear", "fig", key=len), min([], key=len, default=None))
print(max([1, 3, 2, 3.0]), min([2, 1, 1.0]), max([[1], [1, 0]]), max((1, "a"), (1, "b")), min("b", "a"))
for call in (lambda: min([1, "a"]), lambda: max(x for x in []), lambda: min(1), lambda: max([1], [2], default=0),
             lambda: min(key=len), lambda: max([], key=len), lambda: min([1, 2], key=5)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(all([]), any([]), all(iter([1, 0, None])), any(x > 2 for x in range(5)), all("abc"), any([0, "", []]))
calls = []
def seen(x):
    calls.append(x)
    return x
print(all(seen(x) for x in [1, 0, 1]), calls)
calls.clear()
print(any(seen(x) for x in [0, 2, 3]), calls)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
