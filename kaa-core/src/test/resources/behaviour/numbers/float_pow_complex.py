print((-8) ** (1 / 3))
print((-8.0) ** 0.5)
print((-2.0) ** 2, (-1.0) ** float('inf'), float('inf') ** -1, float('nan') ** 0, 1.0 ** float('nan'))
