# Inlined comprehensions (PEP 709) whose names are cells, shadow another scope, or live in a class body.
def cell_inside(y):
    fs = [lambda: x + y for x in range(3)]
    return fs


def cell_outside_too():
    x = 1
    r = [lambda: x for x in range(3)]
    return x, r


def shadows_a_global():
    q = [z for z in ()]
    print(z)


def cell_order():
    x = 10; g = (i for i in range(x)); x = 5
    x = 10; t = False; g = ((i, j) for i in range(x) if t for j in range(x))
    x = 5; t = True
    return [x for x in range(10) if x % 2 if x % 3], g


def nested(rows):
    return [[cell * 2 for cell in row] for row in rows]


class C:
    a = [i * 2 for i in range(3)]
    b = {k: a for k in a}
    y = 1
    c = [lambda: y for y in a]
    d = {n for n in range(3) if n}


def class_in_function():
    v = 1

    class D:
        p = [v + q + d for q in e]
        v = 2
        d = 3

    return D


class WithClassCell:
    def method(self):
        super()
        return __class__

    items = [(lambda: i) for i in range(5)]
    y = [x() for x in items]


z = [1]
w = 2
r = [x + w + u for x in z]
s = [lambda: x for x in z]
