# marshal.dumps writes CPython 3.12's bytes for the data types: type codes, references (FLAG_REF and 'r'),
# interned and short ASCII strings, small tuples, 15-bit digits of big ints, and the older versions' encodings.
import marshal

x = 1000
s = "hello world"
big = 2 ** 100
shared = [1]
inf = float("inf")  # a variable: CPython flags only objects with more than one reference (docs/pyc.md)
values = [None, True, False, ..., StopIteration, 0, 1, -5, 256, 257, x, -2 ** 31, 2 ** 31, 2 ** 31 - 1, 2 ** 63,
          big, 0.0, -0.0, 1.5, 0.1, 1e100, inf, 1 + 2j, -0.0j, "", "a", "abc", "_x1", "1abc", s, "é",
          "€uro", "\ud800", "x" * 300, b"", b"ab", bytearray(b"xy"), (), (1,), (1, 2, "abc"), [], {}, set(),
          frozenset(), [shared, shared], [x, x], [s, s], [[1, 2], [3]], {"k": {"n": [None]}}, {"a": 1, 3: (4, 5)},
          {1, 2, 3}]
for v in values:
    print(repr(v)[:30], marshal.dumps(v).hex())
del v  # the loop variable would hold a second reference to the last value
for version in range(5):
    print(version, marshal.dumps(values, version).hex())
rec = []
rec.append(rec)
print(marshal.dumps(rec).hex())
print(marshal.version, marshal.dumps(values) == marshal.dumps(values, marshal.version))
for bad in [object(), int, [1, object()], print]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
nested = []
for i in range(3000):
    nested = [nested]
try:
    marshal.dumps(nested)
except ValueError as e:
    print("ValueError:", e)
