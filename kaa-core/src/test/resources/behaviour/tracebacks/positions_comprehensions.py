# Comprehensions: a failing iterator marks the whole comprehension (its loop instructions carry its position), an
# unhashable dict key marks key and value; super()'s hidden arguments carry the call's position
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def failing_items():
    yield 1
    raise ValueError("the iterator failed")


def list_comprehension():
    return [x for x in failing_items()]


def nested_loops():
    return [(x, y) for x in [1] for y in failing_items()]


def generator_expression():
    return sum(x for x in failing_items())


def set_comprehension():
    return {x for x in failing_items() if x}


def unhashable_key():
    return {[k]: v for k, v in [(1, 2)]}


def comprehension_over_lines():
    return [x
            for x in failing_items()]


class Base:
    def method(self):
        raise KeyError("in the base")


class Derived(Base):
    def method(self):
        return super().method()


for f in (list_comprehension, nested_loops, generator_expression, set_comprehension, unhashable_key,
          comprehension_over_lines, Derived().method):
    show(f)
