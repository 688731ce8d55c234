# exceptions raised by user code inside built-ins propagate unchanged (zip, map, sorted keys, dict keys' __hash__/__eq__)
def boom(*args):
    raise LookupError("from user code")
class BadIter:
    def __iter__(self):
        raise ArithmeticError("from __iter__")
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise FloatingPointError("from __next__")
class BadHash:
    def __hash__(self):
        raise UnicodeError("from __hash__")
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise BufferError("from __eq__")
class BadLen:
    def __len__(self):
        raise EOFError("from __len__")
class BadRepr:
    def __repr__(self):
        raise ConnectionError("from __repr__")
class BadStr:
    def __str__(self):
        raise NotImplementedError("from __str__")
calls = [lambda: list(map(boom, [1])), lambda: sorted([2, 1], key=boom), lambda: list(filter(boom, [1])), lambda: max([1, 2], key=boom),
         lambda: list(zip(BadIter())), lambda: list(zip([1], BadNext())), lambda: sum(BadNext()), lambda: {BadHash(): 1},
         lambda: {BadEq(): 1, BadEq(): 2}, lambda: BadHash() in {1: 2}, lambda: BadEq() in [BadEq()], lambda: len(BadLen()),
         lambda: bool(BadLen()), lambda: repr([BadRepr()]), lambda: str(BadStr()), lambda: "%s" % BadStr(), lambda: f"{BadStr()}",
         lambda: print(BadStr()), lambda: set([BadHash()]), lambda: dict.fromkeys([BadHash()]), lambda: [BadEq()].index(BadEq()),
         lambda: [1, BadEq()].count(BadEq()), lambda: [BadEq()].remove(1), lambda: tuple(BadNext()), lambda: "".join(BadNext()),
         lambda: any(BadNext()), lambda: dict(BadNext()), lambda: enumerate(BadIter()), lambda: min(BadNext(), default=0),
         lambda: iter(boom, None).__next__(), lambda: list(reversed(BadLen())) if False else reversed(BadLen())]
for i, call in enumerate(calls):
    try:
        print(i, "no error:", call())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
