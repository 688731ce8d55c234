print(complex(), complex(1), complex(1, 2), complex(1.5, -0.0), complex(real=1, imag=2), complex(imag=2))
print(complex('1+2j'), complex(' ( -1.5e3-2J ) '), complex('j'), complex(1 + 2j, 3 + 4j), complex(1j, 1j))
class C:
    def __complex__(self):
        return 3 + 4j
print(complex(C()))
for args in (('1+',), ('1', 2), (1, '2'), ([1],), (1, [1])):
    try:
        print(complex(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
