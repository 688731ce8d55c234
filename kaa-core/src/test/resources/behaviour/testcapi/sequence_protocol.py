# _testcapi's sequence functions: CPython's abstract sequence protocol (PySequence_GetItem/SetItem/DelItem).
import _testcapi as t


class Indexed:
    def __getitem__(self, i):
        return i


class Sized(Indexed):
    def __len__(self):
        return 3


class Mutable:
    def __init__(self):
        self.log = []

    def __len__(self):
        return 4

    def __setitem__(self, i, v):
        self.log.append(("set", i, v))

    def __delitem__(self, i):
        self.log.append(("del", i))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# a class's __getitem__ gets the index made non-negative by __len__ when it has one, else as it is
attempt(t.sequence_getitem, Sized(), -1)
attempt(t.sequence_getitem, Indexed(), -1)
m = Mutable()
t.sequence_setitem(m, -1, "x")
t.sequence_delitem(m, -4)
print(m.log)

# built-in sequences: one counting from the end, once; out of range stays out of range
for seq in (b"ab", bytearray(b"ab"), [1, 2], (1, 2), "ab"):
    for i in (0, -1, -2, 2, -3):
        attempt(t.sequence_getitem, seq, i)
lst = [1, 2, 3]
t.sequence_setitem(lst, -1, 30)
t.sequence_delitem(lst, -3)
print(lst)
attempt(t.sequence_setitem, lst, -3, 0)
attempt(t.sequence_delitem, lst, 5)
ba = bytearray(b"xyz")
t.sequence_setitem(ba, -1, 65)
print(ba)

# mappings are not sequences; other objects lack the method
for o in ({1: 2}, type.__dict__, 5, "s", b"b", (1,)):
    attempt(t.sequence_getitem, o, 0)
    attempt(t.sequence_setitem, o, 0, 1)
    attempt(t.sequence_delitem, o, 0)
attempt(t.sequence_getitem, [1], "0")
