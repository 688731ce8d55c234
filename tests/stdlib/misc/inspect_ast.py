"""inspect and ast: signatures, source, members; parsing, dumping, transforming and unparsing code."""
import ast
import inspect

def greet(name: str, *args, greeting="hello", **kw) -> str:
    """Say hello."""
    return f"{greeting} {name}"

sig = inspect.signature(greet)
print(sig, list(sig.parameters), sig.parameters["greeting"].default, sig.return_annotation)
print(sig.bind("ann", 1, x=2).arguments)
print(inspect.getdoc(greet), inspect.isfunction(greet), inspect.isclass(int), inspect.getsource(greet).splitlines()[0])
class K:
    def m(self): pass
    @property
    def p(self): return 1
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.getmro(bool))
tree = ast.parse("x = 1 + 2 * y\nprint(x)")
print(ast.dump(tree.body[0]))
print(ast.dump(tree, indent=1)[:80])

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

new = ast.fix_missing_locations(Doubler().visit(tree))
print(ast.unparse(new))
ns = {"y": 5, "print": lambda v: print("printed", v)}
exec(compile(new, "<ast>", "exec"), ns)
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j}"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
names = sorted({n.id for n in ast.walk(ast.parse("a = b + c(d, a)")) if isinstance(n, ast.Name)})
print(names, isinstance(ast.parse("1", mode="eval"), ast.Expression))
