# traceback and frame objects reached from an exception: tb_lineno, tb_next, tb_frame, f_code, f_locals, f_back
def inner(n):
    local_value = n * 2
    raise ValueError("deep")
def middle():
    inner(21)
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(names)
    frame = last.tb_frame
    print(frame.f_locals["local_value"], frame.f_locals["n"], frame.f_back.f_code.co_name, frame.f_globals is globals())
    print(frame.f_code.co_filename.endswith("traceback_frame_objects.py"), frame.f_code.co_firstlineno, frame.f_lineno)
    print(type(frame.f_code).__name__, frame.f_code.co_varnames, frame.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
try:
    raise KeyError("x")
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_lasti >= 0)
e2 = ValueError("no traceback yet")
print(e2.__traceback__)
try:
    raise e2
except ValueError:
    pass
print(e2.__traceback__ is not None, e2.__traceback__.tb_frame.f_code.co_name)
try:
    e2.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
e2.__traceback__ = None
print(e2.__traceback__, e2.with_traceback(None) is e2)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise exc
try:
    reraise()
except ZeroDivisionError as e:
    lines = []
    t = e.__traceback__
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print(lines)
