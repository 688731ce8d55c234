# code objects: replace() of any field, equality and hash by content, the CodeType and FunctionType constructors,
# _varname_from_oparg; frame tracing attributes are stored
import sys
import types
import warnings


def f(a, b=2):
    c = a + b
    return c

code = f.__code__
print(code == code.replace(), hash(code) == hash(code.replace()), code == code.replace(co_name="g"))
print(code.replace(co_varnames=("x", "y", "z")).co_varnames, code.replace(co_consts=(None, 7)).co_consts)
for bad in [dict(co_varnames=("x",)), dict(co_nlocals=9), dict(co_bogus=1), dict(co_consts=[1]), dict(co_name=1)]:
    try:
        code.replace(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([code._varname_from_oparg(i) for i in range(code.co_nlocals)])

copy = types.CodeType(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals,
                      code.co_stacksize, code.co_flags, code.co_code, code.co_consts, code.co_names, code.co_varnames,
                      code.co_filename, code.co_name, code.co_qualname, code.co_firstlineno, code.co_linetable,
                      code.co_exceptiontable)
print(copy == code, copy is code)
g = types.FunctionType(copy, globals(), "g", (10, 20))
print(g(), g(1), g.__name__, g.__defaults__)
for args in [(code, 1), (1, {}), (code, {}, None, None, (1,))]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(type(code.co_lnotab).__name__, [str(w.message) for w in caught])

frame = sys._getframe()
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes = print, False, True
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
try:
    frame.f_trace_lines = 1
except TypeError as e:
    print(e)
del frame.f_trace
print(frame.f_trace)
