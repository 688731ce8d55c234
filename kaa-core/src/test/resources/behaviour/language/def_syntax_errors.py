# SyntaxErrors of function definitions and calls, with CPython's messages.
sources = [
    "def f(a=1, b): pass",
    "def f(a, a): pass",
    "def f(*, **kw): pass",
    "def f(*a, *b): pass",
    "def f(a, *, b, /): pass",
    "def f(/, a): pass",
    "def f(**kw, a): pass",
    "def f(a, /, b, /): pass",
    "lambda a=1, b: 0",
    "lambda *: 0",
    "f(a=1, 2)",
    "f(**k, *a)",
    "f(**k, b)",
    "f(a=1, a=2)",
    "f(x for x in y, 1)",
    "f(a + 1 = 2)",
    "f(True=1)",
    "def f(None): pass",
    "def f(x) -> : pass",
    "def f(*args=1): pass",
    "async lambda: 0",
]
for src in sources:
    try:
        compile(src, "<def>", "exec")
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} (col {e.offset})")
