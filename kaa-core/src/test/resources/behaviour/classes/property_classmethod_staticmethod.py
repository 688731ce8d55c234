# property copies (getter/setter/deleter return new properties), docs, errors; classmethod/staticmethod objects
class P:
    def _get(self):
        "getter doc"
        return self._v
    def _set(self, v):
        self._v = v
    x = property(_get)
    y = x.setter(_set)
    z = property(_get, _set, None, "explicit")
print(P.x is P.y, P.x.fset, P.y.fset.__name__, P.x.__doc__, P.z.__doc__, P.y.__doc__)
p = P()
p.y = 3
print(p.x, p.y, p.z)
for call in (lambda: setattr(p, "x", 1), lambda: delattr(p, "y"), lambda: property(1)(), lambda: P.x.__get__(None, P) is P.x,
             lambda: P.x.__get__(p), lambda: P.x.__set__(p, 1), lambda: property.__get__(P.x, 5)):
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Doc:
    @property
    def a(self):
        """A's doc."""
    b = property(doc="only doc")
print(Doc.a.__doc__, Doc.b.__doc__, Doc.b.fget, Doc().a)
class SubProp(property):
    "subclass doc"
print(SubProp(lambda s: 1).__doc__, SubProp(Doc.a.fget).__doc__)
class K:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return (cls.__name__, args)
    @staticmethod
    def helper(x):
        return x * 2
class KSub(K):
    pass
print(K.make(1), KSub.make(), K().make(), K.count, KSub.count, K.helper(3), K().helper(4), KSub.helper(5))
cm, sm = K.__dict__["make"], K.__dict__["helper"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(6), sm(7), callable(cm), callable(sm))
print(cm.__get__(None, KSub)(), cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__, K.make.__self__ is K)
print(K.helper is K.__dict__["helper"].__func__, type(K.make).__name__, type(K().helper).__name__)
try:
    cm()
except TypeError as e:
    print("TypeError:", e)
print(staticmethod(len)("abc"), K.make.__func__ is cm.__func__)
print(sm.__name__, sm.__qualname__, cm.__name__, cm.__doc__, K.helper.__name__)
