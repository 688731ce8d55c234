def f(x):
    for i in x:
        if i:
            return i
    while True:
        return x
def g(a):
    del a
    return a
def h():
    return 1, 2
class K:
    x = 1
    def f(self): return x

