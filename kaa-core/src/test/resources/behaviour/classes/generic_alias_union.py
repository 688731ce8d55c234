# list[int] and int | str
ga = list[int]
print(ga, ga.__origin__ is list, ga.__args__, type(ga).__name__, type(ga))
print(dict[str, list[int]], tuple[int, ...], type[int], list[()])
print(list[int] == list[int], list[int] == list[str], list[int]([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
u = int | None
print(u, type(u).__name__, u.__args__, None | str, int | int)
print(isinstance(None, u), isinstance("s", u), issubclass(bool, int | str))
print((int | str) == (str | int), (int | str) | float, list[int] | None)
try:
    int | 1
except TypeError as e:
    print("TypeError:", e)


class C:
    pass


print(list[C], C | None)
