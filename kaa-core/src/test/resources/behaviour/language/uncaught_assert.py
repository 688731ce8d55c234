# An uncaught assertion failure with a message; the traceback shows the assert line.
def check(values):
    for v in values:
        assert v >= 0, f"negative value {v}"
    return "ok"

print(check([1, 2]))
print(check([1, -3, 2]))
