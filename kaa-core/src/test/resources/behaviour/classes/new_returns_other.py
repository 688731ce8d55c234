# __new__ may return anything; __init__ runs only when the result is an instance of the class
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance

    def __init__(self):
        print("init runs each time")


a = Singleton()
b = Singleton()
print(a is b)


class NotMine:
    def __new__(cls, value):
        return value

    def __init__(self, value):
        print("never printed")


print(NotMine(42), NotMine("s"))


class Sub(Singleton):
    pass


class Factory:
    def __new__(cls, kind):
        if kind == "sub":
            return object.__new__(FactorySub)
        return object.__new__(cls)

    def __init__(self, kind):
        self.kind = kind


class FactorySub(Factory):
    pass


f = Factory("sub")
print(type(f).__name__, f.kind)
print(type(Factory("base")).__name__)
