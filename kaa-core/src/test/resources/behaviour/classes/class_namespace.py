# The class namespace: __module__, __qualname__ of nested classes, __dict__ contents, __annotations__
class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer().method().__qualname__)
print(repr(Outer.Inner), Outer.Inner.__name__)


class Annotated:
    x: int
    y: str = "s"


print(Annotated.__annotations__, Annotated.y, hasattr(Annotated, "x"))


class NoAnn:
    pass


print(NoAnn.__annotations__, "__annotations__" in NoAnn.__dict__)
print(list(NoAnn.__dict__), NoAnn.__doc__, NoAnn.__type_params__)
