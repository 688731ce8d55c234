# _ast: the node classes, and compile(..., PyCF_ONLY_AST) giving Kaa's parse tree as their instances.
import _ast

def dump(node):
    if isinstance(node, _ast.AST):
        fields = [f'{f}={dump(getattr(node, f))}' for f in node._fields if hasattr(node, f)]
        attrs = [f'{a}={getattr(node, a)}' for a in node._attributes if hasattr(node, a)]
        return f"{type(node).__name__}({', '.join(fields + attrs)})"
    if isinstance(node, list):
        return '[' + ', '.join(dump(x) for x in node) + ']'
    return repr(node)

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
x = lambda *a, **k: (yield)
y = f"{x!r:>{4}}" + b'\\x00' + 1.5 + 2j + 10**30 + True
import a.b as c
from . import d
'''
tree = compile(src, '<src>', 'exec', _ast.PyCF_ONLY_AST)
print(dump(tree))
print(dump(compile('a if b else c', 'e', 'eval', 0x400)), dump(compile('x = 1', 's', 'single', 0x400)))
print(dump(compile('(int, str) -> bool', 'ft', 'func_type', 0x400)))
print(compile(tree, 'x', 'exec', 0x400) is tree, dump(compile(b'a\xc3\xa9 = 1', 'b', 'exec', 0x400)))
print(compile('return 1', 'r', 'exec', _ast.PyCF_ONLY_AST).body[0].value.value)
n = _ast.Name('x', _ast.Load())
print(n.id, n._fields, _ast.Name._attributes, _ast.Return().value, _ast.Constant(1).kind, n.end_lineno)
print(_ast.Load() is not _ast.Load(), compile('a', '', 'exec', 0x400).body[0].value.ctx is compile('b', '', 'exec', 0x400).body[0].value.ctx)
for call in [lambda: _ast.Name(1, 2, 3), lambda: _ast.Pass(1), lambda: compile('x = (', 'bad', 'exec', 0x400),
             lambda: compile('x', 'm', 'func_type'), lambda: compile(1, 'i', 'exec', 0x400)]:
    try:
        call()
    except (TypeError, SyntaxError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(_ast.Name.__mro__, _ast.Name.__module__, _ast.Name.__match_args__, _ast.Name.__doc__, _ast.arguments.__doc__)
print(_ast.AST().__reduce__()[:2], _ast.Name('x').__reduce__()[1:], _ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS)
print(sorted(n for n in dir(_ast) if not n.startswith('__')) == sorted(n for n in dir(_ast) if not n.startswith('__')))
print(len([n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and not n.startswith('__')]))
print(_ast.expr.__doc__.splitlines()[:3], _ast.stmt._attributes, _ast.mod._attributes, _ast.keyword._attributes)
class MyName(_ast.Name):
    pass
m = MyName(id='q')
m.extra = 1
print(m.id, m.extra, isinstance(m, _ast.expr))
