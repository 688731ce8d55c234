class A:
    def who(self):
        return "A"
    @classmethod
    def cls_who(cls):
        return "A." + cls.__name__
class B(A):
    def who(self):
        s = super()
        return "B>" + s.who()
    def explicit(self):
        return super(B, self).who()
    @classmethod
    def cls_who(cls):
        return "B>" + super().cls_who()
    def in_comprehension(self):
        return [super().who() for _ in [0]]
class C(B):
    def who(self):
        return "C>" + super().who()
print(C().who(), C().explicit(), C.cls_who(), B().in_comprehension())
def free_function():
    try:
        super()
    except RuntimeError as e:
        return str(e)
print(free_function())
class D:
    def gone(self):
        del self
        try:
            super()
        except RuntimeError as e:
            return str(e)
print(D().gone())
