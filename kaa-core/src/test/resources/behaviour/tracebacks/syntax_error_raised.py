# SyntaxErrors made by programs: the location lines come from the fields, the message from msg
import sys


def show(e):
    sys.__excepthook__(type(e), e, None)


show(SyntaxError("custom", ("f.py", 3, 5, "  bad code here\n", 3, 9)))
show(SyntaxError("no location"))
show(SyntaxError("no text", ("g.py", 7, 2, None, 7, 3)))
show(SyntaxError("offset past the end", ("h.py", 1, 40, "short\n", 1, 41)))
show(IndentationError("unexpected", ("i.py", 2, 1, "\tx = 1\n", 2, 2)))
try:
    compile("x = (1,\n  2", "<given>", "exec")
except SyntaxError as e:
    show(e)
try:
    compile("def f():\n  return 1 +\n", "mod.py", "exec")
except SyntaxError as e:
    show(e)
try:
    exec("a b c")
except SyntaxError as e:
    show(e)
