# An uncaught error inside a generator expression consumed by a builtin: the <genexpr> frame shows in the traceback.
def average(values):
    return sum(1 / v for v in values) / len(values)

print(average([1, 2, 4]))
print(average([1, 0]))
