# __set_name__ is called for each attribute of a new class, in definition order
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Model:
    first = Field()
    second = Field()


m = Model()
print(m.first)
m.second = 2
print(m.second, Model.first.name)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")


try:
    class Holder:
        attr = Broken()
except ValueError as e:
    print("ValueError:", e, e.__notes__)
