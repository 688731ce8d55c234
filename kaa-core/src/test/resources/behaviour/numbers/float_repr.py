for x in (1e16, 1e-5, 0.1, -0.0, 1e22, 123456789012345678.0, 1.0, 2.5e-324, 1.7976931348623157e308):
    print(repr(x), str(x))
print(float('inf'), float('-inf'), float('nan'))
