# BaseException.__new__ ignores keywords, __init__ refuses them
for cls in (ValueError, OSError, KeyError, StopIteration):
    try:
        cls(1, x=2)
    except TypeError as e:
        print(e)
class Kw(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
print(Kw(1, b=2).args)
