# Closures: late binding, cells shared between sibling closures, cells of loop variables, __closure__ contents.
def make():
    x = 1
    def get():
        return x
    def set(v):
        nonlocal x
        x = v
    return get, set

get, set_ = make()
print(get())
set_(42)
print(get())
print([c.cell_contents for c in get.__closure__])
print(get.__code__.co_freevars, make.__code__.co_cellvars)

def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = "after"
    return [f() for f in fs]

print(loop_closures())

def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 5
    return inner()

print(unbound())

def deleted():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(e)

deleted()

def param_cell(p):
    def inner():
        return p * 2
    p += 1
    return inner

print(param_cell(10)())
print(make.__code__.co_cellvars, (lambda: 0).__closure__)

def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    yield bump
    yield n

g = counter_gen()
b = next(g)
b(); b()
print(next(g))
