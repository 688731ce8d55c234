# breakpoint() calls sys.breakpointhook, which calls what $PYTHONBREAKPOINT names (read at each call)
import os
import sys
import warnings

os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("via", "print", sep="-")
os.environ["PYTHONBREAKPOINT"] = "print"
print(breakpoint("bare name"))
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint("disabled"))
for target in ["no_such_module.f", ".print", "builtins.no_such_function"]:
    os.environ["PYTHONBREAKPOINT"] = target
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(breakpoint())
    print([(w.category.__name__, str(w.message)) for w in caught])
sys.breakpointhook = lambda *a, **k: ("hooked", a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
