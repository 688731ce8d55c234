# SyntaxErrors for sources with no statement (empty, blank, only a comment) in each compile() mode and eval().
for source in ["", " ", "\n", "#c"]:
    for mode in ["eval", "exec", "single"]:
        try:
            compile(source, "f", mode)
            print(repr(source), mode, "compiles")
        except SyntaxError as e:
            print(repr(source), mode, repr(e.msg), e.lineno, e.offset, repr(e.text))
    try:
        eval(source)
    except SyntaxError as e:
        print(repr(source), "eval()", repr(e.msg), e.lineno, e.offset, repr(e.text))
