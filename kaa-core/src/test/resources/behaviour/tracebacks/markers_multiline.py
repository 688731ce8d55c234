# An instruction spanning several lines: its first line, marked from its start to the line's last non-blank
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def fails(*args):
    raise ValueError(args)


def call_over_lines():
    return fails(1,
                 2)


def call_starting_at_line_start():
    fails(
        3)


def binary_over_lines():
    return (1 +
            "a")


def argument_fails_inside():
    return print(1,
                 fails(4),
                 5)


def subscript_over_lines():
    return [1, 2][
        5]


def method_chain():
    return ("text"
            .upper()
            .missing())


for f in (call_over_lines, call_starting_at_line_start, binary_over_lines, argument_fails_inside,
          subscript_over_lines, method_chain):
    show(f)
