print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308)
print(1 == 1.0, 1 < 1.5, 10 ** 400 < float('inf'), 1 < float('nan'), 1 != float('nan'))
print(1 == 1 + 0j, 1 == 1j)
try:
    1 < 1j
except TypeError as e:
    print(e)
