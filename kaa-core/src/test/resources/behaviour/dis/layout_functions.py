# dis.dis of functions: line numbers where a line starts (a blank line before), offsets, names, operands and
# their meaning in parentheses. These functions compile to the same instructions in CPython 3.12 and Kaa.
import dis


def first(a, b):
    return a


def constant():
    return (1, 2)


def swap(a, b):
    a, b = b, a
    return a


def store_and_load(a):
    b = a
    c = b
    return c


def format_values(x):
    return f"{x!r:>{x}} and {x}"


def build(a, b):
    return [a, b], {a: b}, {a}, (a, *b)


def far_lines(a):
    b = a
    return b


for f in (first, constant, swap, store_and_load, format_values, build):
    print(f.__name__)
    dis.dis(f)
    print()
print("first_line")
for instruction in dis.get_instructions(far_lines, first_line=1000):
    print(instruction.starts_line, instruction.opname)
