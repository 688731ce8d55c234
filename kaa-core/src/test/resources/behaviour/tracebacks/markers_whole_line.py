# The markers are left out when they would underline the whole line (indentation and trailing blanks aside)
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def fails():
    raise ValueError("boom")


def whole_call():
    fails()


def whole_call_trailing_blanks():
    fails()    


def part_of_line():
    x = fails()


def whole_raise():
    raise KeyError("k")


def whole_attribute():
    None.attribute


def part_attribute():
    return None.attribute


def tab_indented():
	return fails()


def semicolons():
    y = 1; fails()


for f in (whole_call, whole_call_trailing_blanks, part_of_line, whole_raise, whole_attribute, part_attribute,
          tab_indented, semicolons):
    show(f)
