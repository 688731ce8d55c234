# __text_signature__ of built-in functions and methods, and inspect.signature reading it (bound: self dropped)
import functools
import inspect
import math

for f in [len, math.sqrt, dict.fromkeys, object.__init__, int.__new__, list.append, str.join, "x".join, abs,
          dict.fromkeys, math.floor]:
    print(f.__qualname__, f.__text_signature__, inspect.signature(f))
print(inspect.signature(functools.partial(object.__init__, None)))
