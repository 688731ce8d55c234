class K:
    def __init__(self, v):
        self.v = v
    def add(self, x, y=1, *, z=0):
        return self.v + x + y + z
k = K(10)
m = k.add
print(m(1), m(1, 2), m(1, z=5), m(x=3))
fs = [K(1).add, K(2).add]
print([f(0) for f in fs])
try:
    m()
except TypeError as e:
    print(e)
