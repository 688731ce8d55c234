# locals(), vars() and dir() without arguments: snapshots in functions (writes do not come back), the real
# namespace at module and class level, exec() cannot create function locals.
def f(a):
    b = 2
    snapshot = locals()
    snapshot["b"] = 99
    snapshot["new"] = 1
    print(sorted(snapshot), b)
    c = 3
    print(sorted(locals()), "c" in snapshot, sorted(vars()) == sorted(locals()))
    print(dir())
    exec("d = 4")
    try:
        print(d)
    except NameError as e:
        print(e)
    return locals() is locals()

print(f(1))
x = 1
globals()["y"] = 2
print(y, locals() is globals(), vars() is globals())
locals()["z"] = 3
print(z)

class C:
    p = 1
    locals()["q"] = 2
    r = sorted(k for k in vars() if not k.startswith("__"))

print(C.q, C.r)

def closure():
    free = "free"
    def inner():
        free
        return sorted(locals())
    return inner()

print(closure())

def unbound_not_listed():
    if False:
        never = 1
    return locals()

print(unbound_not_listed())
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(vars(C))[:3] if False else "__dict__" in vars(C), type(vars(C)).__name__)
