# operator (via _operator): every function is its operator; argument errors; length_hint; _compare_digest
import operator as op
import _operator

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sorted(n for n in dir(_operator) if not n.startswith('__')) == sorted(
    n for n in dir(op) if not n.startswith('_') and n not in ('_abs',)) or sorted(dir(_operator)))
print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 4), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.neg(3), op.pos(-2))
print(op.inv(5), op.invert(5), op.abs(-7.5), op.index(7), op.not_([]), op.truth([1]), op.is_(None, None),
      op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.gt(3, 2), op.ge(1, 2), op.lt([1], [1, 0]))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains('abc', 'b'), op.countOf([1, 2, 1, 1], 1),
      op.indexOf('abc', 'c'), op.getitem([5, 6], 1), op.getitem({'k': 'v'}, 'k'))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1)
print(l)
a = [1]
b = op.iadd(a, [2]); print(a, b is a, op.iadd(1, 2), op.imul([0], 3), op.iconcat([1], (2,)))
x = 10
for f in (op.isub, op.ifloordiv, op.itruediv, op.imod, op.ipow, op.ilshift, op.irshift, op.iand, op.ior, op.ixor):
    print(f.__name__, f(x, 3), end='; ')
print()
print(op.call(len, 'abc'), op.call(dict, a=1), op.length_hint([1, 2]), op.length_hint(iter([]), 5),
      op.length_hint(3, 7))
class Hint:
    def __length_hint__(self):
        return 4
class BadHint:
    def __length_hint__(self):
        return -1
class NIHint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint(Hint()), op.length_hint(NIHint(), 9))
for f in [lambda: op.add(1), lambda: op.is_(1), lambda: op.concat(1, 2), lambda: op.concat({}, {}),
          lambda: op.iconcat(1, 2), lambda: op.indexOf([1], 2), lambda: op.length_hint(1, 'a'),
          lambda: op.length_hint(BadHint()), lambda: op.call(), lambda: op.index(1.0), lambda: op.add(1, 'a'),
          lambda: op.matmul(1, 2), lambda: op.imatmul(1, 2), lambda: op.neg('a'),
          lambda: op.truediv(1, 0), lambda: op.getitem([], 0)]:
    show(f)
for a, b in [('a', 'a'), ('a', 'b'), ('a', b'a'), ('\u00e9', '\u00e9'), (1, 1), (b'a', bytearray(b'a')),
             (b'ab', b'a'), (b'a', 1)]:
    show(lambda: _operator._compare_digest(a, b))
print(op.__lt__ is op.lt, op.__add__(1, 1), op.__not__(0))
