# __debug__ is a constant True without -O: it cannot be assigned, and it is not an ordinary name.
print(__debug__, type(__debug__).__name__)
if __debug__:
    print("debug branch")
print(not __debug__, __debug__ and "yes")
for src in ["__debug__ = 1", "def f(__debug__): pass", "import __debug__", "del __debug__", "obj.__debug__ = 1",
            "def f(*, __debug__=1): pass", "for __debug__ in []: pass", "(__debug__ := 1)"]:
    try:
        compile(src, "<d>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
import builtins
print(builtins.__debug__, eval("__debug__"), "__debug__" in dir(builtins))

class Obj:
    pass

o = Obj()
setattr(o, "__debug__", "attribute")
print(o.__debug__)
