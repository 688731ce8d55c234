# _bisect: bisect_left/right and insort_left/right, lo/hi, key=, errors, non-list sequences
import _bisect as b
import bisect

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bisect.bisect is b.bisect_right, bisect.insort is b.insort_right)
a = [1, 2, 2, 2, 3, 5]
print(b.bisect_left(a, 2), b.bisect_right(a, 2), b.bisect_left(a, 4), b.bisect_right(a, 0), b.bisect_right(a, 9))
print(b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 2), b.bisect_left(a, 2, lo=4, hi=6), b.bisect_right(a, 2, hi=-5))
b.insort_left(a, 2); b.insort_right(a, 4); b.insort(a, 0) if hasattr(b, 'insort') else bisect.insort(a, 0)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(b.bisect_left(recs, 3, key=lambda r: r[1]), b.bisect_right(recs, 3, key=lambda r: r[1]))
b.insort_right(recs, ('d', 4), key=lambda r: r[1]); b.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
print(b.bisect_right((1, 3, 5), 3), b.bisect_left(range(0, 100, 10), 35), b.bisect_right('acegi', 'd'))
class Seq:
    def __init__(self):
        self.items = [10, 20, 30]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        self.items.insert(i, x)
s = Seq()
b.insort(s, 25) if hasattr(b, 'insort') else bisect.insort(s, 25)
print(s.items, b.bisect_left(s, 21))
for f in [lambda: b.bisect_right([1], 1, -1), lambda: b.bisect_right(1, 1), lambda: b.insort_left((1,), 1),
          lambda: b.bisect_right([1, 2], 1, 0, 10), lambda: b.bisect_left([1], 1, 'a'), lambda: b.bisect_left([1]),
          lambda: b.bisect_left([1], 1, key=1), lambda: b.bisect_left(['a'], 1)]:
    show(f)
print(b.bisect_right([1, 2], 1, hi=None), b.bisect_left(a=[1, 2], x=2))
