print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"))
print(min([], default="empty"), max([3, 1], default=0))
print(max(["aa", "b", "ccc"], key=len), min("xyz", key=None))
print(max([1, 1.0], key=lambda v: 0))
for call in (lambda: max(), lambda: max([]), lambda: min(1, 2, default=3), lambda: max(1, 2, foo=3),
             lambda: max(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
