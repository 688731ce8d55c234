print(int(), int(7), int(-7.9), int(1e20), int('  -12  '), int('1_000'))
print(int('0x1f', 16), int('0x1f', 0), int('z', 36), int('0b101', 0), int('0o17', 8))
print(int(True), int(b'42'), int(bytearray(b' 7 ')))
for args in (('1__0',), ('',), ('12', 1), ('010', 0), (1.5, 10), ([1],), (None,), ('x',), (b'x',)):
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
