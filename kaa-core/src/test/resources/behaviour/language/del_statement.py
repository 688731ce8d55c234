# del: names (local, global, cell), attributes, subscripts and slices, tuples of targets, and what fails.
x = 1
del x
try:
    x
except NameError as e:
    print(e)

def local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)

print(local())

def twice():
    z = 1
    del z
    try:
        del z
    except UnboundLocalError as e:
        return str(e)

print(twice())

g = "global"
def del_global():
    global g
    del g

del_global()
print("g" in globals())

class A:
    pass

a = A()
a.p, a.q = 1, 2
del a.p
print(vars(a))
try:
    del a.p
except AttributeError as e:
    print(e)

data = list(range(10))
del data[0], data[-1]
del data[::2]
print(data)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
print(d)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)

class Tracks:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)

t = Tracks()
del t[1:2, 3], t.anything
(m, n) = (1, 2)
del (m, n)
print("m" in globals(), "n" in globals())
[o, p] = 3, 4
del [o, p]
try:
    del undefined_name
except NameError as e:
    print(e)

def cell_deleted():
    c = 1
    def reader():
        return c
    del c
    try:
        reader()
    except NameError as e:
        print(e)

cell_deleted()
try:
    compile("del f()", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
