print((6).as_integer_ratio(), (6).conjugate(), (6).is_integer())
print((6).real, (6).imag, (6).numerator, (6).denominator)
print(True.real, type(True.real))
print((1).to_bytes(), (256).to_bytes(2, 'little'), (-1).to_bytes(2, signed=True))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes([255, 255], signed=True))
for f in (lambda: (256).to_bytes(), lambda: (-1).to_bytes(2), lambda: int.from_bytes(b'', 'middle')):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
