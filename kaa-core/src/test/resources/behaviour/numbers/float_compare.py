nan = float('nan')
print(nan == nan, nan != nan, nan < 1, 0.0 == -0.0, 1.5 < 2, 2 > 1.5, float('inf') > 10 ** 400)
print(sorted([3, 1.5, 2, -1.0, True]))
print(max(1, 1.0), min(2.0, 2))
