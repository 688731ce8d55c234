# The first line of stdin is compile()'s flags (a number); then for each case (JSON strings, one a line) prints what CPython 3.12's compile() makes of it, in the form
# CompileErrorsTest compares: "OK" or "<Error>: <msg> @ line,offset-end_line,end_offset", then one line per warning
# "W <Category>: <msg> @ line", then an empty line.
import ast, json, sys, warnings

flags = int(sys.stdin.readline())
for line in sys.stdin:
    src = json.loads(line)
    out = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            ast.parse(src)
        except SyntaxError as e:
            out.append("PARSER " + e.msg)
        else:
            try:
                compile(src, "<test>", "exec", flags=flags)
                out.append("OK")
            except SyntaxError as e:
                out.append(f"{type(e).__name__}: {e.msg} @ {e.lineno},{e.offset}-{e.end_lineno},{e.end_offset or 0}")
    for w in caught:
        out.append(f"W {w.category.__name__}: {w.message} @ {w.lineno}")
    print("\n".join(out) + "\n")
    sys.stdout.flush()
