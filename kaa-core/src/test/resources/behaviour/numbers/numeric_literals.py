print(0x_ff, 0o17, 0b1010, 1_000_000, 1e3, 1.5e-3, 0.5j, 1_0.5, 0xFFFFFFFFFFFFFFFFFF)
print(type(1e3).__name__, type(5j).__name__, 3j.imag, 3j.real)
