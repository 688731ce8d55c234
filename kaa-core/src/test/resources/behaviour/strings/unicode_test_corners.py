# Corners test_unicode checks: %d/%i/%u of a value int() cannot convert reports the wrong type; slice steps beyond the
# int range take one item; ascii() returns an all-ASCII repr as it is (a str subclass stays one).
class F:
    def __float__(self): return 1.0
class I:
    def __int__(self): return 'x'
class E:
    def __int__(self): raise TypeError('mine')
for v in [3j, F(), I(), E(), 2.5, '3']:
    for fmt in ['%d', '%u', '%i']:
        try: print(fmt % v)
        except TypeError as e: print(type(e).__name__, e)
    try: print(b'%d' % v)
    except TypeError as e: print(type(e).__name__, e)

b = b'abcdefghij'; ba = bytearray(b); l = list(range(10))
for step in (2**63, -2**63+1, 2**100, -2**100, 2**31, 2**32+1):
    print('abcdefghij'[::step], 'abcdefghij'[-2::step], b[::step], ba[::step], l[::step], b[3::step], ba[-3::step],
          'abc\U0001F600d'[1::step])
    ba2 = bytearray(b); ba2[::step] = b'X'; print(ba2)
    del ba2[1::step]; print(ba2)
class S(str): pass
class W:
    def __init__(self, text): self.text = text
    def __repr__(self): return S(self.text)
print(type(ascii(W('<abc>'))), type(repr(W('<abc>'))), type(ascii(W('<\xe9>'))), ascii(W('<\xe9>')))
