def check(a, b, c):
    raise AssertionError(f'{a} {b} {c}')
check(1,
      2,
      3)
