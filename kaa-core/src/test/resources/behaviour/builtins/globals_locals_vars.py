top = 1
print("top" in globals(), globals() is vars())


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))


class NS:
    k = 1
    print(sorted(k for k in locals() if not k.startswith("__")))


class Obj:
    def __init__(self):
        self.v = 5


print(vars(Obj()))
try:
    vars(1)
except TypeError as e:
    print(e)
