# A class body runs top to bottom as code with its own namespace: __module__/__qualname__ set first, locals(),
# del, conditionals and loops in the body, and the class name bound only after the body finishes.
order = []

class Shape:
    order.append(("body starts", __module__, __qualname__))
    sides = 0
    if sides == 0:
        kind = "round"
    else:
        kind = "polygon"
    for n in range(3):
        order.append(("loop", n))
    del n
    temp = "removed"
    del temp
    namespace_keys = sorted(k for k in locals() if not k.startswith("__"))
    try:
        Shape
    except NameError as e:
        order.append(("class name not bound yet", str(e)))
    def area(self):
        return 0

print(order)
print(Shape.kind, Shape.namespace_keys, hasattr(Shape, "n"), hasattr(Shape, "temp"))

class Outer:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = str(e)
    def method(self):
        return Outer.Inner.y

print(Outer().method(), Outer.Inner.__qualname__)

def factory(value):
    class Made:
        captured = value
        def get(self):
            return value
    return Made

A, B = factory(1), factory(2)
print(A.captured, B().get(), A is B, A.__qualname__)

class WithReturnValue:
    result = [i * i for i in range(3)]
    total = sum(result)

print(WithReturnValue.total)
print(type("Dynamic", (), {"a": 1, "f": lambda self: self.a * 2})().f())
ns = {}
exec("class InExec:\n    where = __name__\n", {"__name__": "exec_module"}, ns)
print(ns["InExec"].where, ns["InExec"].__module__)
