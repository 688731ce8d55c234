# An uncaught error inside a lambda called from a list comprehension (inlined: no <listcomp> frame in 3.12).
def scale(values, factor):
    return [(lambda v: v / factor)(v) for v in values]

print(scale([1, 2], 2))
print(scale([1, 2], 0))
