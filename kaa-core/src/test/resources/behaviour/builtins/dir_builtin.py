import sys


def f():
    a = 1
    b = 2
    return dir()


print(f())


class C:
    z = 1
    a = 2


print([n for n in dir(C) if not n.startswith("__")])
print("argv" in dir(sys), dir(sys) == sorted(dir(sys)))


class Custom:
    def __dir__(self):
        return ["b", "a"]


print(dir(Custom()))
