# compile() in 'exec', 'eval' and 'single' modes: code object attributes, what each mode accepts and prints.
c = compile("x = 1\ny = x + 1", "<demo>", "exec")
print(type(c).__name__, c.co_filename, c.co_name, c.co_firstlineno)
ns = {}
print(exec(c, ns), ns["y"])

e = compile("y * 10", "<expr>", "eval")
print(eval(e, {"y": 4}))
try:
    exec(e, {})
except NameError as err:
    print(err)

s = compile("1 + 1", "<single>", "single")
exec(s)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("for i in range(2): i * 10\n", "<single>", "single"))

for source, mode in [("x = 1", "eval"), ("1\n2\n", "single"), ("", "exec"), ("def f(:", "exec"),
                     ("1", "bogus")]:
    try:
        compile(source, "<bad>", mode)
        print("compiled", repr(source), mode)
    except (SyntaxError, ValueError) as err:
        print(type(err).__name__, err)

def_code = compile("def add(a, b):\n    'doc'\n    return a + b\n", "<def>", "exec")
ns = {}
exec(def_code, ns)
add = ns["add"]
print(add(2, 3), add.__doc__, add.__code__.co_filename, add.__code__.co_varnames, add.__module__)

err_code = compile("1 / 0", "virtual.py", "exec")
try:
    exec(err_code)
except ZeroDivisionError as err:
    tb = err.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)

print(compile("a", "<n>", "eval").co_names, compile("(1, 2)", "<c>", "eval").co_consts)
print(compile(b"1+1", "<b>", "eval").co_filename, eval(compile("-5", "<n>", "eval")))
try:
    compile("1", "<n>", "exec", flags=1 << 30)
except ValueError as err:
    print(err)
try:
    compile(5, "<n>", "exec")
except TypeError as err:
    print(err)
