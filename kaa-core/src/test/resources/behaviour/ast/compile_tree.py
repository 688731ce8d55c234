# compile() of a tree of ast objects: one ast.parse made (and a program changed), or one a program built, with the
# errors CPython's conversion and validator raise for a malformed one.
import ast
import re

tree = ast.parse("a = 10\nprint(f'{a * 2}', [x for x in range(3)], {'k': a}, -a, a if a else 0)")
exec(compile(tree, '<tree>', 'exec'))

tree.body[0].value.value = 32
exec(compile(tree, '<tree>', 'exec'))

expression = ast.parse("1 + 2 * 3", mode='eval')
print(eval(compile(expression, '<tree>', 'eval')))

P = dict(lineno=1, col_offset=0)
built = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load(), **P),
                                           [ast.Constant((1, 'two', None)), ast.Constant(2 + 3j)], [], **P), **P)])
ast.fix_missing_locations(built)
exec(compile(built, '<built>', 'exec'))

function = ast.parse("def f(x, *args, y=3, **kw):\n    return x, args, y, kw\nprint(f(1, 2, z=4))")
exec(compile(function, '<tree>', 'exec'))


def attempt(tree, mode='exec'):
    try:
        compile(tree, '<x>', mode)
        print('compiled')
    except Exception as e:
        print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))


attempt(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()))]))
attempt(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()), **P)]))
attempt(ast.Module(body=[ast.Name('x', ast.Load(), **P)]))
attempt(ast.Module(body=[ast.Expr(ast.Name('x', ast.Store(), **P), **P)]))
attempt(ast.Module(body=[ast.Assign([ast.Call(ast.Name('f', ast.Load(), **P), [], [], **P)],
                                    ast.Constant(1, **P), **P)]))
attempt(ast.Module(body=[ast.Expr(ast.Constant([1], **P), **P)]))
attempt(ast.Expression(body=ast.Name('x', ast.Load(), **P)), 'exec')
attempt(ast.Module(body=[], type_ignores=[]), 'eval')
attempt(ast.Module(body=[ast.Expr(ast.Name(1, ast.Load(), **P), **P)]))
attempt(ast.Module(body=[ast.Expr(ast.Name('x', None, **P), **P)]))
attempt(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0), **P)]))
attempt(ast.Module(body=[ast.Expr(ast.Call(ast.Name('x', ast.Load(), **P), [], None, **P), **P)]))
attempt(ast.Module(body=ast.Expr(ast.Name('x', ast.Load(), **P), **P)))
attempt(ast.Module(body=[ast.Expr(ast.Name('True', ast.Load(), **P), **P)]))
attempt(ast.Module(body=[ast.Expr(None, **P)]))
attempt(ast.Module(body=[None]))
attempt(ast.Module(body=[ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **P)]))
attempt(ast.Name('x', ast.Load(), **P))
attempt(5)
