# ast.parse gives Kaa's parse tree as ast objects: dump, walk, fields, positions, NodeVisitor/Transformer.
import ast

tree = ast.parse('x = 1 + 2 * y\nprint(f"{x!r:>4}", *a, k=None)\n')
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True, indent=2))
print([type(n).__name__ for n in ast.walk(tree)])
print(ast.dump(ast.parse('a if b else c', mode='eval')), ast.dump(ast.parse('x = 1', mode='single')))
src = '''
@dec
async def f(a, /, b: int = 1, *c, d, e=2, **f) -> None:
    """doc"""
    global g
    async with x as (y, z):
        await w
    match p:
        case [1, *rest] | {'k': v, **kw} if v:
            pass
        case Point(x=0) as q:
            return ...
    try:
        raise E from None
    except* (A, B) as e:
        del e
class C[T: int, *Ts, **P](B, metaclass=M):
    type Alias[U] = list[U]
lambda *a, **k: (yield)
'''
print(ast.dump(ast.parse(src)))
print(ast.get_docstring(ast.parse(src).body[0]))
n = ast.Name('x', ast.Load())
print(n.id, n._fields, ast.Name._attributes, ast.Return().value, ast.Constant(1).kind, n.end_lineno)
print(ast.Load() is not ast.Load(), ast.parse('a').body[0].value.ctx is ast.parse('b').body[0].value.ctx)
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
print(ast.Name.__mro__, ast.Name.__module__, ast.Name.__match_args__, ast.arguments.__doc__)

class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print('name', node.id, node.lineno, node.col_offset, node.end_col_offset)
Names().visit(ast.parse('a + bé * c'))

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node)
print(ast.dump(Double().visit(ast.parse('1 + 2'))))
print(ast.literal_eval('{"a": [1, 2.5, -3j, (True, None)], "b": {1, 2}}'), ast.literal_eval('1 + 2j'))
try:
    ast.literal_eval('f(x)')
except ValueError as e:
    print('ValueError:', e)
try:
    ast.parse('x = (')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno, e.offset)
print(ast.unparse(ast.parse('def f(a, *, b=1):\n    return a if b else [x for x in a]\n')))
print(ast.parse('return 1').body[0].value.value, ast.parse('x', feature_version=(3, 8)).body[0].value.id)
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
