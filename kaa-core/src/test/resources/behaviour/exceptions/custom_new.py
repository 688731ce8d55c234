# __new__ and __init__ of exception subclasses
class E(OSError):
    def __init__(self, *args):
        print('init got', args)
x = E(2, 'missing')
print(type(x).__name__, x.args, x.errno)
class F(OSError):
    pass
y = F(2, 'missing', 'f')
print(type(y).__name__, y.errno, y.filename, str(y))
class G(StopIteration):
    pass
print(G(5).value)
class H(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made = True
        return self
h = H('a')
print(h.made, h.args)
