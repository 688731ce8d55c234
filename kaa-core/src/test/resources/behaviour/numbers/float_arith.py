print(0.1 + 0.2, 1.5 - 2, 1e308 * 10, 3 * 1.5, 2 ** 0.5, 1 / 3)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, divmod(7.5, -2))
print(float('inf') % 2, 5 % float('inf'), -5 % float('inf'))
print(-0.0, abs(-2.5), +(-0.0))
