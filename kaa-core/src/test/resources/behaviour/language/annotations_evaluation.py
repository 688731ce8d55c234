# When annotations are evaluated: at module and class level (into __annotations__), for parameters and returns at
# def time, but never for local variables in a function body; and the annotation forms that are SyntaxErrors.
def local_annotations():
    x: undefined_name_never_evaluated = 1
    y: also_undefined
    return x, "y" in locals()

print(local_annotations())
try:
    z: undefined_at_module_level = 1
except NameError as e:
    print("module level:", e)
print(z if "z" in globals() else "z not assigned")

class C:
    try:
        a: undefined_in_class
    except NameError as e:
        error = str(e)
    b: int

print(C.error, C.__annotations__)
order = []

def note(v):
    order.append(v)
    return v

class Order:
    first: note("first") = note("value 1")
    second: note("second")

print(order, Order.__annotations__)
target = {}
target["key"]: note("subscript annotation") = 5
obj = type("O", (), {})()
obj.attr: note("attribute annotation") = 6
print(order[-2:], target, obj.attr, "key" in __annotations__)
for src in ["def f():\n    global g\n    g: int = 1\n", "def f():\n    x = 1\n    def h():\n        nonlocal x\n        x: int\n",
            "a, b: int", "(x): int = 1", "f(): int", "x: int = yield"]:
    try:
        compile(src, "<a>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
