# C3 linearisation failures (exact messages), duplicate bases, and the forms of super()
class O: pass
class A(O): pass
class B(O): pass
class AB(A, B): pass
class BA(B, A): pass
print([c.__name__ for c in AB.__mro__])
for make in (lambda: type("X", (AB, BA), {}), lambda: type("Y", (O, A), {}), lambda: type("Z", (A, A), {}),
             lambda: type("W", (int, str), {}), lambda: type("V", (bool,), {}), lambda: type("U", (1,), {})):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad(AB, BA):
        pass
except TypeError as e:
    print("TypeError:", e)
class Root:
    def who(self):
        return ["Root"]
    @classmethod
    def cwho(cls):
        return "Root.cwho for " + cls.__name__
class Mid(Root):
    def who(self):
        return ["Mid"] + super().who()
    @classmethod
    def cwho(cls):
        return "Mid>" + super().cwho()
    @staticmethod
    def static():
        try:
            super()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
class Leaf(Mid):
    def who(self):
        return ["Leaf"] + super(Mid, self).who()
leaf = Leaf()
print(leaf.who(), Leaf.cwho(), Mid.static(), super(Leaf, leaf).who(), super(Mid, Leaf).cwho())
s = super(Mid, leaf)
print(s.__self__ is leaf, s.__thisclass__.__name__, s.__self_class__.__name__, repr(super(Mid)).startswith("<super: <class 'Mid'>, NULL>"))
unbound = super(Mid)
print(unbound.__get__(leaf).who())
for call in (lambda: super(Mid, 5), lambda: super(5, leaf), lambda: super(Leaf, Mid()), lambda: super(Mid, leaf).nope,
             lambda: super()):
    try:
        print(call())
    except (TypeError, AttributeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
class WithInit:
    def __init__(self):
        self.v = super().__class__.__name__
print(WithInit().v, super(Root, leaf).__init__ is not None)
def outside(self):
    return super(Mid, self).who()
print(outside(leaf))
class Attr(Root):
    name = "Attr"
    def get(self):
        return super().name if hasattr(super(), "name") else "super has no name"
print(Attr().get())
class Prop(Root):
    @property
    def p(self):
        return "Prop.p"
class PropChild(Prop):
    @property
    def p(self):
        return "child>" + super().p
print(PropChild().p)
