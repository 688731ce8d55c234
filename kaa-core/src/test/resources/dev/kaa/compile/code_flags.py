# For each file path on stdin prints, for every code object compile() makes (but the module's), a line
# "name@firstlineno flags" where flags name the CO_ bits the symbol table decides (generator, coroutine, async
# generator, nested, varargs, varkeywords) and the implicit class cells; lines sorted; then a line "\x00".
import sys, types, warnings
warnings.simplefilter("ignore")

BITS = [(0x20, "generator"), (0x80, "coroutine"), (0x200, "async_generator"), (0x10, "nested"), (0x4, "varargs"),
        (0x8, "varkeywords")]


def walk(code, out):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            words = [name for bit, name in BITS if const.co_flags & bit]
            words += ["cell:" + c for c in const.co_cellvars if c in ("__class__", "__classdict__")]
            out.append(f"{const.co_name}@{const.co_firstlineno} {' '.join(words)}".rstrip())
            walk(const, out)


for line in sys.stdin:
    out = []
    try:
        with open(line.rstrip("\n"), "rb") as f:
            walk(compile(f.read(), line.rstrip("\n"), "exec"), out)
    except SyntaxError:
        out = ["!"]
    print("\n".join(sorted(out)))
    print("\x00")
    sys.stdout.flush()
