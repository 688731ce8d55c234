print(len("abc"), len([1, 2]), len((1,)), len({}), len(range(10)))
print(repr(1), repr("x'y"), repr(None), repr(...), repr(NotImplemented))
print(ascii("é"), ascii(["ü", "\U0001f600"]), ascii(1))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
