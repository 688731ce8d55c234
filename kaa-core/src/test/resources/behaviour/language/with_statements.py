class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("boom")
print("after suppress")
try:
    with CM("plain"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
def in_function():
    with CM("ret"):
        return "returned"
print(in_function())
for i in [1, 2]:
    with CM(f"loop{i}"):
        if i == 1:
            continue
        break
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
with CM("tuple") as (x):
    print(x)
