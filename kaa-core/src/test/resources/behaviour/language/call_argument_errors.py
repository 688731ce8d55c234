# CPython's messages for argument binding errors: missing, unexpected, duplicate, too many.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
class K:
    def method(self, x):
        pass
    @classmethod
    def cm(cls, y):
        pass
    @staticmethod
    def sm(z):
        pass

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, a=1),
    lambda: f(1, 2, c=3),
    lambda: f(b=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=1),
    lambda: g(),
    lambda: h(1),
    lambda: h(x=1),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: K.cm(),
    lambda: K.sm(),
    lambda: K().sm(1, 2),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: f(**{"a": 1, "b": 2, "zz": 3}),
    lambda: f(1, 2, a=3, b=4),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
