print(eval("1 + 2"), eval("  x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g)
ns = {}
exec("def f(n):\n    return n * 3", ns)
print(ns["f"](4))
x = 10
exec("x = 11")
print(x)
code = compile("40 + 2", "<calc>", "eval")
print(eval(code))
exec(compile("print('compiled exec')", "<c>", "exec"))
for f in (lambda: exec(1), lambda: eval(1), lambda: exec("1", 1), lambda: compile("1", "f", "bad")):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
