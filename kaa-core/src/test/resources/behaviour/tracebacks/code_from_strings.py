# Frames of code compiled from strings: "<string>" (or the given name) and no source line to show
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


show(lambda: exec("x = 1\ny = x / 0"))
show(lambda: eval("1 +\n None"))
show(lambda: exec(compile("def f():\n    return missing\nf()", "generated.py", "exec")))
show(lambda: exec("def g():\n    raise KeyError('inner')\n", globals()) or g())
