# compile() of a tree of ast objects: round trips, hand-built trees, and CPython's errors for malformed ones
import ast

tree = ast.parse("def f(a, *, b=2):\n    return [a * i for i in range(b)]\nprint(f(3), f(1, b=4))\n")
exec(compile(tree, "<tree>", "exec"))
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
print(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': [True, None, b'x']}"))

call = ast.Call(func=ast.Name(id="print", ctx=ast.Load()), args=[ast.Constant(value=(1, "two"))], keywords=[])
module = ast.Module(body=[ast.Expr(value=call)], type_ignores=[])
exec(compile(ast.fix_missing_locations(module), "<built>", "exec"))
code = compile(ast.fix_missing_locations(ast.Expression(body=ast.Constant(value=frozenset({5})))), "<c>", "eval")
print(eval(code))

def attempt(tree, mode="exec"):
    try:
        compile(tree, "<bad>", mode)
        print("compiled")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

at = dict(lineno=1, col_offset=0)
attempt(ast.Module(body=[ast.Expr()], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=None, **at)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value="x", **at)], type_ignores=[]))
attempt(ast.Module(body=ast.Pass(), type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id=1, ctx=ast.Load(), **at), **at)]))
attempt(ast.Module(body=[ast.Expr(value=ast.Constant(value=[1], **at), **at)]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Store(), **at), **at)]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load(), lineno="a", col_offset=0), **at)]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=None, **at), **at)]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", **at), **at)]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="True", ctx=ast.Load(), **at), **at)]))
attempt(ast.Module(body=[ast.FunctionDef(name="f", args=ast.arguments(), body=[], decorator_list=[], **at)]))
attempt(ast.Module(body=[ast.Assign(targets=[ast.Constant(1, **at)], value=ast.Constant(1, **at), **at)]))
attempt(ast.Module(body=[ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **at)], **at), **at)]))
attempt(ast.Module(body=[None]))
attempt(ast.Expression(body=ast.Constant(1, **at)))
attempt(ast.Pass(), "eval")

loop = ast.UnaryOp(op=ast.Not(), lineno=1, col_offset=0)
loop.operand = loop
try:
    compile(ast.Expression(loop), "<loop>", "eval")
except RecursionError as e:
    print("RecursionError:", e)
