"""C.__bases__ = (...): new MRO here and in subclasses, subclass lists, and the checks (tuple, classes, layout)."""
class A: x = 1
class B: x = 2
class C(A): pass
class D(C): pass
print(C.x, D.x, C.__mro__)
C.__bases__ = (B,)
print(C.x, D.x, C.__bases__, [k.__name__ for k in D.__mro__], A.__subclasses__(), B.__subclasses__())
class T(tuple): pass
T.__bases__ = (tuple,)
for bad in [lambda: setattr(C, '__bases__', [A]), lambda: setattr(C, '__bases__', ()), lambda: setattr(C, '__bases__', (1,)),
            lambda: setattr(A, '__bases__', (D,)), lambda: setattr(int, '__bases__', (object,)), lambda: setattr(C, '__bases__', (int,))]:
    try: bad()
    except TypeError as e: print(e)
