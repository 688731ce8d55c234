# literal float expressions are folded at compile time: the results must equal the same operations at run time
pairs = [(0.0, -1), (1, 1e-300), (1.0, 1e-300), (-0.0, 1), (5.0, float("inf")), (-7.5, 2), (1e-320, 1e-322), (7, -0.5)]
runtime = [(a % b, a // b) for a, b in pairs]
folded = [(0.0 % -1, 0.0 // -1), (1 % 1e-300, 1 // 1e-300), (1.0 % 1e-300, 1.0 // 1e-300), (-0.0 % 1, -0.0 // 1),
          (5.0 % 1e309, 5.0 // 1e309), (-7.5 % 2, -7.5 // 2), (1e-320 % 1e-322, 1e-320 // 1e-322), (7 % -0.5, 7 // -0.5)]
print(runtime)
print(folded)
print([repr(r) == repr(f) for r, f in zip(runtime, folded)])
print(-5.5 % 2.0, 5.5 % -2.0, -5.5 // 2.0, 2.0 ** -1, -2.0 ** 2, (-2.0) ** 2, 10 / 4, 7 // 2.0, -7 // 2.0, 1e308 * 10 - 1e308 * 10 != 0)
