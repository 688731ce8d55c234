print(1 << 100, -1 << 3, -5 >> 1, 2 ** 100 >> 98, -1 >> 1000)
print(12 & 10, 12 | 10, 12 ^ 10, ~5, ~-(2 ** 70))
print(-12 & (2 ** 70 - 1))
try:
    1 << -1
except ValueError as e:
    print(e)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100 - 1).bit_count(), (-7).bit_count())
