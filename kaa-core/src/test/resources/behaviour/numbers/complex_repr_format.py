print(repr(complex(-0.0, -0.0)), repr(complex(0.0, 1)), repr(complex(float('inf'), float('nan'))), repr(-1j))
print(str(1 + 2j), format(1 + 2j, ''), format(1 + 2j, '.2f'), format(1 + 2j, '>20'), f'{1+2j:^16.1e}')
print(hash(1 + 0j) == hash(1), hash(1 + 2j), (1 + 2j) == (1 + 2j), (1 + 0j) == 1.0, bool(0j), bool(1j))
try:
    format(1 + 2j, '010')
except ValueError as e:
    print(e)
