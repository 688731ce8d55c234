# truth testing through __bool__ and __len__, __len__ limits, __index__ wherever ints are needed, __call__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), not B(False), bool(L(0)), bool(L(3)), bool(Both()), bool(object()))
print("yes" if L(1) else "no", [x for x in [L(0), L(2), B(True)] if x].__len__(), any([L(0), L(0)]), all([L(1), B(True)]))
for bad in (B(1), B("x"), B(None), L(-1), L(2**63), L(1.5), L("3")):
    try:
        print(bool(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in (L(-1), L(2**63), L(1.5)):
    try:
        print(len(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class BoolSub(int):
    def __len__(self):
        return 5
class IntLen:
    def __len__(self):
        return True
print(bool(BoolSub(0)), len(BoolSub(0)), len(IntLen()), type(len(IntLen())).__name__)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)
class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Ix(3)], data[Ix(1):Ix(8):Ix(3)], "abcdef"[Ix(-1)], range(Ix(5))[Ix(2)], [0] * Ix(3), "ab" * Ix(2))
print(bin(Ix(5)), hex(Ix(255)), oct(Ix(8)), chr(Ix(65)), (1).to_bytes(Ix(2)), bytes(Ix(2)), int(Ix(7)), float(Ix(2)), complex(Ix(1)))
print(round(2.567, Ix(1)), divmod(Ix(7), 2) if False else "", operator_like := Ix(4).__index__())
for bad in (Ix(1.5), Ix("3"), Ix(None)):
    try:
        print(data[bad])
    except TypeError as e:
        print("TypeError:", e)
class BoolIx(int):
    pass
print(data[BoolIx(2)], type(Ix(BoolIx(3)).__index__()).__name__)
class Callable:
    def __call__(self, *args, **kwargs):
        return ("called", args, kwargs)
c = Callable()
print(c(1, k=2), callable(c), callable(Callable), callable(1), callable(print), callable(lambda: 0), callable(B))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance attribute"
try:
    ca()
except TypeError as e:
    print("TypeError:", e)
print(callable(ca), ca.__call__())
