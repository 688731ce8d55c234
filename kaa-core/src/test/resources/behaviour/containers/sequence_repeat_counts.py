# A sequence's __mul__/__rmul__ called as a method refuses a count that is no integer (TypeError); the * operator
# still asks the other operand first and words its own error.
class R:
    def __rmul__(self, o): return 'rmul'
class I:
    def __index__(self): return 2
for s in ('ab', [1], (1,), b'a', bytearray(b'a')):
    out = []
    for f in (lambda: s * '', lambda: '' * s if not isinstance(s, str) else s * 1.5, lambda: s.__mul__(''), lambda: s.__rmul__(1.5), lambda: s * R(), lambda: s * I(), lambda: I() * s, lambda: 2.5 * s):
        try: out.append(repr(f()))
        except TypeError as e: out.append('TE ' + str(e))
    print(out)
x = [1]; x *= 2; print(x)
try:
    x *= ''
except TypeError as e: print(e)
s = 'a'; s *= 3; print(s)
