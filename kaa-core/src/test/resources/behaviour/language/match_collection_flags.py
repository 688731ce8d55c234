# Which subjects sequence and mapping patterns accept: the first class along the MRO with a flag decides, a
# registered class takes its ABC's flag (and passes it to its subclasses), and no class may claim both.
import collections
import collections.abc
import array


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return None


class C:
    pass


class M(dict, collections.abc.Sequence, C):
    pass


class S(collections.UserList, dict, C):
    pass


class M3(collections.UserDict, C, list):
    pass


print([kind(x) for x in ([], (), range(1), memoryview(b""), collections.deque(), array.array("b"), {}, "s",
                         b"b", collections.defaultdict(int), collections.OrderedDict(), collections.Counter(),
                         M(), S(), M3(), C())])


class Later:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


class LaterChild(Later):
    pass


print(kind(Later()), kind(LaterChild()))
collections.abc.Sequence.register(Later)
print(kind(Later()), kind(LaterChild()))
print(collections.abc.Sequence.__flags__ & 96, collections.abc.Mapping.__flags__ & 96, list.__flags__ & 96,
      dict.__flags__ & 96, "__abc_tpflags__" in collections.abc.Sequence.__dict__)
try:
    class Both(collections.abc.Collection):
        __abc_tpflags__ = collections.abc.Sequence.__flags__ | collections.abc.Mapping.__flags__
except TypeError as e:
    print("TypeError", e)
