class Meters(float):
    def __repr__(self):
        return f'{float(self)}m'
class Count(int):
    pass
class Z(complex):
    pass
m = Meters(2.5)
c = Count(7)
print(m, m + 1, type(m + 1).__name__, isinstance(m, float))
print(c, c * 2, type(c * 2).__name__, type(+c).__name__, type(c.real).__name__)
c.label = 'x'
print(c.label, Count('12', 3), Count() == 0)
z = Z(1, 2)
print(z, type(z).__name__, z.conjugate(), type(z.conjugate()).__name__)
print(Count.from_bytes(b'\x01'), type(Count.from_bytes(b'\x01')).__name__)
print(type(Meters.fromhex('0x1p1')).__name__)
