# object's methods: __format__, __dir__, __sizeof__-free basics, __subclasshook__, __init_subclass__, __getstate__
class C:
    def __init__(self):
        self.a = 1


c = C()
print(format(c, "") == str(c), f"{c!s}" == str(c))
try:
    format(c, "x")
except TypeError as e:
    print("TypeError:", e)
print("a" in dir(c), "__init__" in dir(c), dir(c) == sorted(dir(c)))
print(object.__subclasshook__(), C.__subclasshook__())
print(c.__getstate__(), C().__class__.__name__)
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1))
print(C.__init_subclass__() is None)
print(object.__lt__(c, c), object.__hash__(c) == hash(c))
print(repr(object())[:17], str(c) == repr(c))
