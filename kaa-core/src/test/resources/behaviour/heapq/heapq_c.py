# _heapq: the heap functions, max variants, errors, mutation during comparison, layout identical to CPython's
import _heapq as h
import heapq

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(heapq.heappush is h.heappush, sorted(n for n in dir(h) if not n.startswith('__')))
data = [5, 3, 8, 1, 9, 2, 7, 1, 0, 6, 4]
heap = []
for x in data:
    h.heappush(heap, x)
print(heap)
print([h.heappop(heap) for _ in range(len(data))])
d = list(data)
h.heapify(d)
print(d, h.heappushpop(d, -1), h.heappushpop(d, 100), d, h.heapreplace(d, 50), d)
m = list(data)
h._heapify_max(m)
print(m, h._heappop_max(m), h._heapreplace_max(m, 3), m)
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'cherry']
wh = [(len(w), w) for w in words]
h.heapify(wh)
print(wh, [h.heappop(wh)[1] for _ in range(3)])
print(h.heappushpop([], 5), heapq.nsmallest(3, data), heapq.nlargest(2, data), list(heapq.merge([1, 4], [2, 3])))
big = [(i * 7919) % 1000 for i in range(3000)]
h.heapify(big)
print(big[:10], big[-5:], [h.heappop(big) for _ in range(5)])
for f in [lambda: h.heappop([]), lambda: h.heapreplace([], 1), lambda: h.heappush((), 1), lambda: h.heapify(1),
          lambda: h.heappush([1], 'a'), lambda: h.heappush([]), lambda: h._heappop_max([])]:
    show(f)
class Evil:
    def __lt__(self, other):
        victim.clear()
        return False
victim = [Evil(), Evil(), Evil()]
show(lambda: h.heapify(victim))
victim = [1]
show(lambda: h.heappush(victim, Evil()))
class Sub(list): pass
s = Sub([3, 1, 2])
h.heapify(s)
print(s, type(s).__name__)
