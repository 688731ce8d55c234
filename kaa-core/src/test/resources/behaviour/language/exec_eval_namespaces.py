# exec and eval with explicit globals and locals: where names are read and written, __builtins__ insertion.
g = {"a": 1}
exec("b = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g, g["b"])

g2 = {"x": 10}
l2 = {"y": 20}
exec("z = x + y\nglobal w\nw = 'global'", g2, l2)
print(l2, {k: v for k, v in g2.items() if k != "__builtins__"})

print(eval("x * y", {"x": 3}, {"y": 4}))
print(eval("x", {"x": "global"}, {"x": "local"}))
print(eval("[x for _ in range(2)]", {"x": "global"}, {"x": "local"}))

def f():
    local_var = 5
    return eval("local_var + 1")

print(f())

def exec_cannot_rebind_locals():
    v = 1
    exec("v = 2")
    return v

print(exec_cannot_rebind_locals())

ns = {}
exec("def fn():\n    return helper()\ndef helper():\n    return 'found in globals'", ns)
print(ns["fn"]())

ns2 = {}
loc2 = {}
exec("def fn():\n    return helper()\ndef helper():\n    return 1", ns2, loc2)
try:
    loc2["fn"]()
except NameError as e:
    print("separate locals:", e)

restricted = {"__builtins__": {"len": len}}
print(eval("len('abc')", restricted))
try:
    eval("print('x')", restricted)
except NameError as e:
    print(e)

class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)

print(eval("magic", {}, Mapping()))
try:
    eval("other", {}, Mapping())
except NameError as e:
    print(e)

for bad in [lambda: eval("1", []), lambda: exec("1", {}, 5), lambda: eval(5), lambda: exec("x = ", {})]:
    try:
        bad()
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)

print(eval("  1 + 1\n"), eval(b"2 * 3"), exec("1"))
code = compile("q = 7", "<string>", "exec")
scope = {}
exec(code, scope)
print(scope["q"])
try:
    eval("yield 1")
except SyntaxError as e:
    print(e.msg)
