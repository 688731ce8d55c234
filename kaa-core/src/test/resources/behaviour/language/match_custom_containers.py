# Which objects sequence and mapping patterns accept: built-in sequences and their subclasses, not str/bytes/
# bytearray, not classes that merely define __getitem__ and __len__; mapping patterns use keys() and get().
class MyList(list):
    pass

class MyDict(dict):
    def get(self, key, default=None):
        print("MyDict.get", key)
        return super().get(key, default)

class MyStr(str):
    pass

class DuckSequence:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [1, 2][i]

class DuckMapping:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
    def get(self, k, default=None):
        return 1

def kind(x):
    match x:
        case {"a": value}:
            return f"mapping a={value}"
        case [first, second]:
            return f"sequence {first!r} {second!r}"
        case [*items]:
            return f"other sequence of {len(items)}"
        case _:
            return "neither"

for subject in [MyList([1, 2]), (1, 2), range(2), memoryview(b"ab"), MyDict(a=5), {"a": 6}, MyStr("ab"), "ab",
                b"ab", bytearray(b"ab"), DuckSequence(), DuckMapping(), {"a": 1}.keys(), [1, 2, 3], {1, 2}]:
    print(type(subject).__name__, "->", kind(subject))

class Tracking(dict):
    def keys(self):
        print("keys() not used for fixed keys")
        return super().keys()

match Tracking(a=1, b=2):
    case {"a": 1, **rest}:
        print("rest", rest)

def length_checked_first():
    class Loud(list):
        def __len__(self):
            print("__len__")
            return super().__len__()
        def __getitem__(self, i):
            print("__getitem__", i)
            return super().__getitem__(i)
    match Loud([1, 2, 3]):
        case [a, b]:
            print("two")
        case [a, *_, c]:
            print("first and last", a, c)

length_checked_first()
