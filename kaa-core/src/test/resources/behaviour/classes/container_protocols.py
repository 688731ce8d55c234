# `in`, iteration and indexing protocols: __contains__, then __iter__, then the __getitem__ sequence fallback
class OnlyGetitem:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError
        return i * 2
print(4 in OnlyGetitem(), 5 in OnlyGetitem())
print(list(OnlyGetitem()), sorted(OnlyGetitem(), reverse=True), tuple(OnlyGetitem())[:1])
class OnlyIter:
    def __iter__(self):
        print("  iter")
        return iter([1, 2, 3])
print(2 in OnlyIter(), 9 in OnlyIter(), max(OnlyIter()), [*OnlyIter()], dict.fromkeys(OnlyIter()))
class Contains:
    def __contains__(self, item):
        print("  contains", item)
        return item  # truthiness of the result
    def __iter__(self):
        raise AssertionError("not used")
print(1 in Contains(), 0 in Contains(), "" not in Contains(), [1] in Contains())
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorSeq())
except KeyError as e:
    print("KeyError:", e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
for obj in (5, None, object()):
    try:
        1 in obj
    except TypeError as e:
        print("TypeError:", e)
class Mapping:
    def __getitem__(self, key):
        return key.upper()
    def keys(self):
        return ["a", "b"]
print(dict(Mapping()), {**Mapping()}, "{a}{b}".format_map(Mapping()))
def f(**kw):
    return kw
print(f(**Mapping()))
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    f(**BadKeys())
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
class SetItem:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("  setitem", k, v)
    def __delitem__(self, k):
        print("  delitem", k)
s = SetItem()
s[1] = 2
s[1:2] = "x"
s[1, 2] = 3
del s[...]
try:
    s[0]
except TypeError as e:
    print("TypeError:", e)
