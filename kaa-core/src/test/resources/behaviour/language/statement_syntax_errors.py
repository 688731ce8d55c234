# SyntaxErrors that depend on where a statement is: loops, functions, async, global/nonlocal, and their messages.
sources = [
    "break",
    "continue",
    "def f():\n    break\n",
    "for x in y:\n    def f():\n        continue\n",
    "class C:\n    return 1\n",
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    [x async for x in y]\n",
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f(a):\n    nonlocal a\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "async def f():\n    yield from x\n",
    "def f():\n    from m import *\n",
    "while x:\n    pass\nelse:\n    break\n",
    "try:\n    pass\nfinally:\n    continue\n",
    "x = 1 = 2",
    "f() = 1",
    "a + b += 1",
    "(a, b) += 1",
    "[a, b]: int = 1",
    "if x = 1:\n    pass\n",
    "else:\n    pass\n",
    "return",
]
for src in sources:
    try:
        compile(src, "<stmt>", "exec")
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} (line {e.lineno})")
