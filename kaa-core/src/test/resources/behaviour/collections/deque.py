# collections.deque (from _collections): both ends, maxlen, indexing, searching, operators, repr, iteration
from _collections import deque

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d, d.count('a'), d.index(2), d.index('a', 2), 2 in d, 9 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
show(lambda: d.rotate(10**20)); d.rotate(-(2**62)); print(d)
d.reverse(); print(d)
d.remove('a'); d.insert(1, 'I'); d.insert(-1, 'J'); d.insert(100, 'K'); d.insert(-100, 'L')
print(d)
d[2] = 'two'; del d[0]; del d[-1]
print(d, d[1], d[-2])
d.clear(); print(d, bool(d), bool(deque([0])))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
          lambda: deque([1]).index(2), lambda: deque([1], 1).insert(0, 1), lambda: deque()[0],
          lambda: deque()[1:2], lambda: deque(maxlen=-1), lambda: deque([1]) + [1], lambda: deque(maxlen='a'),
          lambda: deque([1]).rotate('a'), lambda: deque([1]) * 'a', lambda: hash(deque()), lambda: deque(1),
          lambda: deque([1]).__setitem__(5, 1), lambda: deque([1]).__delitem__(-5), lambda: deque([], 1, 2),
          lambda: deque(foo=1), lambda: deque([1, 2, 3]).index(3, 0, 2), lambda: deque('abc').index('c', -1)]:
    show(f)

b = deque('abcdef', maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append('g'); print(b)
b.appendleft('z'); print(b)
b.extend('123'); print(b)
b.extendleft('XY'); print(b)
print(deque('abc', 0), deque(range(10), maxlen=2), deque(maxlen=5))
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z)

a = deque([1, 2])
print(a + deque([3]), a * 3, 2 * a, a * 0, a * -1)
a += [9]; print(a)
a *= 2; print(a)
m = deque([1, 2, 3], maxlen=4)
m *= 3; print(m)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]),
      deque([2]) > deque([1, 5]), deque('ab') >= deque('abc'), deque() != deque())

r = deque()
r.append(r); print(r)
print(list(reversed(deque('abc'))), list(iter(deque('abc'))), sorted(deque([3, 1, 2])))
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
q = deque([1, 2, 3])
it = iter(q)
next(it)
q.append(4)
show(lambda: next(it))
show(lambda: next(it))
q2 = deque([1, 2, 3])
it = iter(q2)
q2[0] = 10
print(list(it))

c = deque([[1], 2], maxlen=5)
cc = c.copy()
cc[0].append(1)
print(cc, cc.maxlen, c.__copy__() == c, c.copy() is c)

class Stack(deque):
    def top(self):
        return self[-1]
s = Stack('abc', 5)
s.note = 1
print(s, s.top(), type(s.copy()).__name__, s.copy(), type(s + s).__name__, s.note)
print(deque[int], type(iter(deque())).__name__, type(reversed(deque())).__name__, deque.__module__)

class BadEq:
    def __eq__(self, other):
        q3.clear()
        return False
q3 = deque([BadEq(), 1])
show(lambda: q3.remove(5))

q4 = deque([1, 2])
class BadEqCount:
    def __eq__(self, other):
        q4.append(0)
        return False
show(lambda: q4.count(BadEqCount()))
show(lambda: BadEqCount() in q4)
