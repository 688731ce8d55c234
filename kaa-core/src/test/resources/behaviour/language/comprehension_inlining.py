# Comprehensions in 3.12 (PEP 709) are inlined: locals() sees the enclosing names, but the iteration variable stays
# private, and tracebacks/qualnames no longer show a <listcomp> frame.
def f():
    a = 1
    return [sorted(locals()) for b in range(1)][0]

print(f())

def g():
    x = "outer x"
    result = [x for x in range(3)]
    return x, result

print(g())

def h():
    try:
        [1 / 0 for _ in range(1)]
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names

print(h())

def generator_expression_is_not_inlined():
    try:
        list(1 / 0 for _ in range(1))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names

print(generator_expression_is_not_inlined())

def first_iterable_evaluated_outside():
    items = [1, 2]
    gen = (i * 2 for i in items)
    items = [10]
    return list(gen)

print(first_iterable_evaluated_outside())

def error_at_creation():
    try:
        (i for i in 5)
    except TypeError as e:
        return str(e)

print(error_at_creation())

def later_iterables_lazy():
    gen = (i + j for i in [1] for j in undefined_later)
    try:
        next(gen)
    except NameError as e:
        return str(e)

print(later_iterables_lazy())

def closures_in_comprehension():
    return [(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]]

print(closures_in_comprehension())
x = "module"
print([x for _ in range(1)], {x: x for x in "ab"}, x)

class Cls:
    v = [locals().get("v", "no v yet") for _ in range(1)]

print(Cls.v)
