print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('inf'))
print((1.5).hex(), (-0.0).hex(), (0.1).hex(), float.fromhex((0.1).hex()) == 0.1)
for s in ('0x1p9999', 'zz'):
    try:
        float.fromhex(s)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
