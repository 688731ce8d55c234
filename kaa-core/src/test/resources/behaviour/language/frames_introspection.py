# Frames seen from Python: sys._getframe, f_back, f_code, f_lineno, f_locals, f_globals, tracebacks' frames.
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    return where()

print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)

def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)

def has_locals(a, b=2):
    c = 3
    return locals_of_caller()

print(has_locals(1))

def chain():
    names = []
    f = sys._getframe()
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level2():
    return chain()

print(level2())
print(sys._getframe().f_globals is globals())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)

def raiser():
    local_value = "inside"
    raise RuntimeError("x")

try:
    raiser()
except RuntimeError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_locals)
    print(tb.tb_next.tb_lasti >= 0, type(tb).__name__, type(tb.tb_frame).__name__)

def gen():
    yield sys._getframe().f_back.f_code.co_name

def consumer():
    return next(gen())

print(consumer())
code = caller.__code__
print(code.co_name, code.co_argcount, code.co_filename.endswith("frames_introspection.py"), code.co_firstlineno)
print(type(code).__name__, code.co_qualname)
