print(float(), float(3), float('  1.5  '), float('1_0.5'), float('-inf'), float('nAn'), float('infinity'))
print(float('1e500'), float(True), float(b'2.5'))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
for arg in ('x', '', '1__0', [1], None, '0x1p3'):
    try:
        print(float(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
