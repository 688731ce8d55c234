print(1 + 2j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) ** 2, (1 + 2j) ** -2)
print(-(1 + 2j), +(1 + 2j), abs(3 + 4j), (1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag)
print(2 ** (1 + 1j), 0j ** 0, 1j ** 2)
