# Prints CPython's symbol table in the text form of Kaa's SymtableDump, so the two can be diffed.
# Reads one request per stdin line ("F" + tab + path, or "S" + tab + JSON source); answers each with the dump (or
# "!" + the error) and then a line "\x00".
import _symtable, json, sys, warnings
warnings.simplefilter("ignore")

FLAGS = ["global", "local", "param", "nonlocal", "use", "free", "free_class", "import", "annot", "comp_iter",
         "type_param", "comp_cell"]
SCOPES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
KINDS = ["function", "class", "module", "annotation", "typevar-bound", "type-alias", "type-params"]


def flags(word):
    return " ".join([SCOPES[(word >> 12) & 15]] + [n for i, n in enumerate(FLAGS) if word & (1 << i)])


def dump(t, indent, out):
    out.append(f"{indent}{KINDS[t.type]} {t.name} line {t.lineno}{' nested' if t.nested else ''}")
    if t.varnames:
        out.append(f"{indent}  params: {' '.join(t.varnames)}")
    for name in sorted(t.symbols):
        out.append(f"{indent}  {name}: {flags(t.symbols[name])}")
    for child in t.children:
        dump(child, indent + "  ", out)


for line in sys.stdin:
    kind, arg = line.rstrip("\n").split("\t", 1)
    try:
        if kind == "F":
            with open(arg, "rb") as f:
                src = f.read()
        else:
            src = json.loads(arg)
        out = []
        dump(_symtable.symtable(src, arg if kind == "F" else "<string>", "exec"), "", out)
        print("\n".join(out))
    except Exception as e:
        print("!" + type(e).__name__ + ": " + str(e))
    print("\x00")
    sys.stdout.flush()
