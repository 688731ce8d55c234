"""object.__reduce_ex__/__reduce__: the copyreg 5-tuples for plain, slotted, list/dict/int subclasses; __getnewargs_ex__; overrides; type.__flags__ bits."""
import copyreg
class P:
    def __init__(self, x): self.x = x
class S:
    __slots__ = ("a", "b")
class L(list): pass
class D(dict): pass
class I(int): pass
p = P(3)
r = p.__reduce_ex__(2); print(r[0] is copyreg.__newobj__, r[1], r[2], r[3:])
s = S(); s.a = 1; print(s.__reduce_ex__(4)[2])
l = L([1, 2]); l.tag = 't'; r = l.__reduce_ex__(2); print(r[1], r[2], list(r[3]), r[4])
d = D(a=1); r = d.__reduce_ex__(3); print(r[1], r[2], r[3], list(r[4]))
print(I(5).__reduce_ex__(2)[1])
print(p.__reduce_ex__(1)[0].__name__, p.__reduce_ex__(0)[1])
print(object().__reduce_ex__(2)[1], int.__flags__ & (1 << 9), P.__flags__ & (1 << 9) != 0, bool(int.__flags__ & (1<<24)), bool(I.__flags__ & (1 << 24)))
class G:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
print(G().__reduce_ex__(2)[1])
class R:
    def __reduce__(self): return (R, ())
print(repr(object.__new__).split(" at ")[0], int.__new__.__qualname__, int.__new__.__self__, object.__new__ == object.__new__, len({object.__new__, int.__new__}))
def f(): pass
f.__type_params__ = (); print(f.__type_params__)
for v in [None, [1]]:
    try: f.__type_params__ = v
    except TypeError as e: print(e)
