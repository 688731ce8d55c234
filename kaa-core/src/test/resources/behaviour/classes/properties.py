# property: getter, setter, deleter, docs, and the errors for the missing parts
class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    plain = property(lambda self: "plain", doc="explicit doc")
    empty = property()


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
for action in (lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit"), lambda: t.empty,
               lambda: setattr(t, "empty", 1), lambda: delattr(t, "empty")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(Temperature.celsius.__doc__, Temperature.plain.__doc__, t.plain)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset, Temperature.celsius.fget.__name__)
print(Temperature.celsius.__isabstractmethod__)
p = property(None)
print(p.fget, p.__doc__)
t.__dict__["fahrenheit"] = "shadow?"
print(t.fahrenheit)
