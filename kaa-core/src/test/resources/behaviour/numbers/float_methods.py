print((2.5).is_integer(), (2.0).is_integer(), float('inf').is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1.5).conjugate(), (1.5).real, (1.5).imag)
print(float.__getformat__('double'))
print((-1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), int(1e300) == 10 ** 300, int(1e300) % 2 ** 40)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
