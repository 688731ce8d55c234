# object.__new__ and object.__init__ reject extra arguments unless the class overrides the other one
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


class WithInit:
    def __init__(self, x):
        self.x = x


class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)


attempt(lambda: Plain(1))
attempt(lambda: Plain(x=1))
attempt(lambda: object.__init__(Plain(), 1))
attempt(lambda: object.__new__(Plain, 1))
print(WithInit(5).x)
attempt(lambda: WithInit())
attempt(lambda: object.__new__(WithInit, 1) and print("object.__new__ ignores args when __init__ is overridden"))
print(type(WithNew(1)).__name__)
attempt(lambda: object.__init__(WithNew(1), 1) or print("object.__init__ ignores args when __new__ is overridden"))
attempt(lambda: object.__init__(WithInit(1), 1))
attempt(lambda: object.__new__(int))
attempt(lambda: object())
attempt(lambda: object(1))


class BadInit:
    def __init__(self):
        return 42


attempt(lambda: BadInit())
