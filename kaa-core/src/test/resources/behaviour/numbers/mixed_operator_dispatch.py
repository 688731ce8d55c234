class V:
    def __radd__(self, other):
        return ('radd', other)
    def __rpow__(self, other):
        return ('rpow', other)
print(1 + V(), 1.5 + V(), 1j + V(), 2 ** V())
class I(int):
    def __radd__(self, other):
        return 'I.radd'
print(1 + I(2), I(2) + 1)
print((7).__add__(1.0) is NotImplemented, (1.5).__radd__(1), (1j).__rsub__(1))
