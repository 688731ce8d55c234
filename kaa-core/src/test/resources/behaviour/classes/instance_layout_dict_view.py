# Instance attributes and __dict__ are one storage: writes through either are seen by the other, in one order.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get_x(self):
        return self.x


def read_all(o):
    return (o.x, o.y)


p = P(1, 2)
d = p.__dict__
print(d, d is p.__dict__, vars(p) is d, type(d) is dict)
d["x"] = 10
print(read_all(p), p.get_x())
p.y = 20
print(d, d["y"])
d["z"] = 3
print(p.z, repr(p.__dict__))
del d["x"]
print(hasattr(p, "x"), d)
p.x = 11
print(d, list(d))

# reads and writes through the caches before and after the dict is made
q = P(1, 2)
for i in range(3):
    q.x = q.x + i
print(read_all(q), q.__dict__)
q.__dict__["y"] = "via dict"
for i in range(3):
    q.x = q.x + i
print(read_all(q), q.__dict__)

# the dict outlives a replacement, and the instance follows the new one
r = P(1, 2)
old = r.__dict__
r.__dict__ = {"y": 5, "x": 6, "w": 7}
print(read_all(r), r.w, old, r.__dict__)
old["x"] = 99
print(r.x)
try:
    r.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)
del r.__dict__
print(r.__dict__, hasattr(r, "x"), old)
r.y = 1
print(r.__dict__, r.y)

# del: the attribute is gone, its later return goes to the end
s = P(1, 2)
del s.x
print(s.__dict__, hasattr(s, "x"))
s.x = 3
print(s.__dict__, read_all(s))
try:
    del s.nope
except AttributeError as e:
    print("AttributeError", e)
t = P(1, 2)
try:
    del t.nope
except AttributeError as e:
    print("AttributeError", e)
print(t.__dict__)

# update as copy.copy does, and the dict methods
u = object.__new__(P)
print(u.__dict__)
u.__dict__.update({"y": 1, "x": 2})
print(read_all(u), u.__dict__)
u.__dict__.clear()
print(hasattr(u, "x"), u.__dict__)
u.x, u.y = 5, 6
print(u.__dict__.pop("x"), u.__dict__, u.__dict__.setdefault("k", 9), u.k)
def shallow_copy(o):  # what copy.copy does for a plain instance
    c = object.__new__(type(o))
    c.__dict__.update(o.__getstate__())
    return c

c = shallow_copy(P(3, 4))
c.y = 5
print(type(c).__name__, c.__dict__, read_all(c), object.__new__(P).__getstate__())

# many attributes, and names made at run time
class Many:
    pass

m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(len(m.__dict__), m.a0, m.a39, list(m.__dict__)[:3], list(m.__dict__)[-2:])
many = []
for j in range(300):
    o = Many()
    setattr(o, "n%d" % j, j)
    o.common = j
    many.append(o)
print(sum(o.common for o in many), many[299].n299, many[5].__dict__)

# dir and vars see the attributes
class D:
    def __init__(self):
        self.b = 1
        self.a = 2

dd = D()
print([n for n in dir(dd) if not n.startswith("__")], vars(dd))
print(dd.__dict__ == {"a": 2, "b": 1}, repr(dd.__dict__))
