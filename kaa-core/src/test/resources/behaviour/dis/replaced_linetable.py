# code.replace(co_linetable=...) takes any bytes; positions it does not describe are unknown
import dis
import sys


def pass_only():
    pass


def fails(x):
    return 1 / x


for table in (b'', b'\xf8'):
    code = pass_only.__code__.replace(co_linetable=table)
    print(table, type(code).__name__, "kept as given:", code.co_linetable == table)
    print(" lines:", sorted({line for _, _, line in code.co_lines()}, key=str))
    print(" positions:", sorted(set(code.co_positions()), key=str))
    print(" linestarts:", list(dis.findlinestarts(code)))
    print(" lines in dis:", [i.starts_line for i in dis.get_instructions(code)])
    print(" positions in dis:", {i.positions for i in dis.get_instructions(code)})
    pass_only.__code__ = code
    print(" runs:", pass_only())

fails.__code__ = fails.__code__.replace(co_linetable=b'')
try:
    fails(0)
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print("tb_lineno:", tb.tb_lineno)
    print("frame line:", tb.tb_frame.f_lineno)


def trace(frame, event, arg):
    if frame.f_code is fails.__code__:
        print("trace:", event, frame.f_lineno)
    return trace


sys.settrace(trace)
try:
    fails(0)
except ZeroDivisionError:
    pass
sys.settrace(None)
print("co_linetable is bytes:", type(fails.__code__.co_linetable).__name__)
try:
    pass_only.__code__.replace(co_linetable="no")
except TypeError as e:
    print("TypeError:", e)
fails(0)
