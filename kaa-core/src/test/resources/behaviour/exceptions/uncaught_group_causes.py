def f(n):
    try:
        raise KeyError(n)
    except KeyError as k:
        raise ValueError(n) from k
errs = []
for i in (1, 2):
    try:
        f(i)
    except ValueError as e:
        errs.append(e)
g = ExceptionGroup('with causes', errs)
try:
    raise g
except ExceptionGroup as x:
    raise RuntimeError('wrapped') from x
