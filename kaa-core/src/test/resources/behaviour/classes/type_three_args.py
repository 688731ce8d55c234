# type(name, bases, namespace) and its argument checks
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


Base = type("Base", (), {"x": 1, "hello": lambda self: "hi " + type(self).__name__})
Derived = type("Derived", (Base,), {"y": 2})
d = Derived()
print(d.x, d.y, d.hello(), Derived.__mro__)
print(type(d), type(Derived), type(type))
attempt(lambda: type(1, (), {}))
attempt(lambda: type("X", [], {}))
attempt(lambda: type("X", (), []))
attempt(lambda: type("X", ()))
attempt(lambda: type("X", (Base, Base), {}))
attempt(lambda: type("X", (bool,), {}))
attempt(lambda: type("X", (int, str), {}))
attempt(lambda: type("X", (), {"__qualname__": 3}))
attempt(lambda: type("X", (), {}, extra=1))
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
