# Docstrings of modules, functions, classes and methods; __annotations__ of functions, classes and modules.
"""Module docstring."""
print(__doc__)

def f(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> bool:
    """Function docstring."""
    return True

print(f.__doc__)
print(f.__annotations__)

def no_doc():
    x = "not a docstring"
    return x

def doc_not_first():
    pass
    "not a docstring either"

print(no_doc.__doc__, doc_not_first.__doc__)

class C:
    """Class docstring."""
    attr: int
    value: str = "v"
    def method(self) -> None:
        """Method docstring."""

print(C.__doc__, C.method.__doc__, C.__annotations__, "attr" in C.__dict__, C.value)

class NoDoc:
    pass

print(NoDoc.__doc__)
module_level: int = 5
other: str
print(__annotations__)

def f_string_is_not_doc():
    f"""formatted {1}"""

print(f_string_is_not_doc.__doc__)
print((lambda: 0).__doc__)

def g():
    """  Indented
        second line
    """

print(repr(g.__doc__))
f.__doc__ = "changed"
print(f.__doc__)

def annotated_locals():
    x: int = 1
    y: str
    return locals()

print(annotated_locals())

def evaluated_order():
    order = []
    def note(v):
        order.append(v)
        return v
    def h(a: note("a") = note("default a"), *, b: note("b") = note("default b")) -> note("return"):
        pass
    return order, h.__annotations__

print(evaluated_order())

class Nested:
    x: "ForwardRef"
    def m(self, other: "Nested") -> "Nested":
        pass

print(Nested.__annotations__, Nested.m.__annotations__)
