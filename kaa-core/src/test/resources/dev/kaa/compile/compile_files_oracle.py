# For each file path on stdin prints what CPython 3.12's compile() makes of it, as CompileChecksStdlibTest compares:
# "OK" or "<Error>: <msg> @ line,offset-end_line,end_offset", then "W <msg> @ line" for each SyntaxWarning of the
# compile stage (not the tokenizer's), then a line "\x00".
import ast, sys, warnings

COMPILE_STAGE = ('"is', "assertion is always true", "perhaps you missed a comma?")

for line in sys.stdin:
    path = line.rstrip("\n")
    with open(path, "rb") as f:
        src = f.read()
    out = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            ast.parse(src, path)
        except SyntaxError as e:
            out.append("PARSER " + e.msg)
        else:
            try:
                compile(src, path, "exec")
                out.append("OK")
            except SyntaxError as e:
                out.append(f"{type(e).__name__}: {e.msg} @ {e.lineno},{e.offset}-{e.end_lineno},{e.end_offset or 0}")
    for w in caught:
        msg = str(w.message)
        if issubclass(w.category, SyntaxWarning) and (msg.startswith(COMPILE_STAGE[0]) or any(m in msg for m in COMPILE_STAGE[1:])):
            out.append(f"W {msg} @ {w.lineno}")
    print("\n".join(out))
    print("\x00")
    sys.stdout.flush()
