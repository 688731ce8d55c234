# An uncaught exception: traceback with source lines and markers
def divide(a, b):
    return a / b
def average(values):
    return divide(sum(values), len(values))
print('start')
average([])
