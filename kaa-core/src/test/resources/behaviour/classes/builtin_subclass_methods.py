# Instances of subclasses of built-ins have a dict and keep their class; overrides win
class Tagged(str):
    pass


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyList(list):
    def first(self):
        return self[0]


t = Tagged("abc")
t.note = "hello"
print(t, t.note, type(t).__name__, isinstance(t, str), t == "abc")
print(MyInt.__mro__)
print(MyList.__mro__, MyList.__base__)
print(issubclass(MyList, list), issubclass(MyInt, object))
print(sorted(Tagged.__dict__))
