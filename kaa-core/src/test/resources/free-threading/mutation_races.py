# Threads read, sort, search and iterate containers that other threads change at the same time. Without a GIL the
# outcome of each race varies, but every error must be one CPython gives for it (never an internal error).
import collections
import threading

THREADS = 8
ROUNDS = 400
ALLOWED = {
    "ValueError('list modified during sort')",
    "RuntimeError('dictionary changed size during iteration')",
    "RuntimeError('dictionary keys changed during iteration')",
    "RuntimeError('Set changed size during iteration')",
    "RuntimeError('deque mutated during iteration')",
    "IndexError('deque mutated during iteration')",
    "IndexError('pop from empty list')",
    "IndexError('pop from an empty deque')",
    "IndexError('list index out of range')",
    "IndexError('list assignment index out of range')",
    "KeyError('pop from an empty set')",
    "ValueError('list.remove(x): x not in list')",
}

data = list(range(100))
table = {i: i for i in range(100)}
members = set(range(100))
queue = collections.deque(range(100))
unexpected = []
start = threading.Barrier(THREADS)


def attempt(action):
    try:
        action()
    except Exception as e:
        if repr(e) not in ALLOWED:
            unexpected.append(repr(e))


def race(t):
    start.wait()
    for i in range(ROUNDS):
        k = (t * ROUNDS + i) % 7
        if k == 0:
            attempt(lambda: data.sort(key=lambda x: -x))
            attempt(lambda: data.append(i))
        elif k == 1:
            attempt(lambda: [x for x in data])
            attempt(lambda: data.pop())
            attempt(lambda: data.insert(0, i))
        elif k == 2:
            attempt(lambda: sum(1 for _ in table))
            attempt(lambda: table.pop(i % 150, None))
            attempt(lambda: table.setdefault(i % 150, i))
        elif k == 3:
            attempt(lambda: sum(1 for _ in members))
            attempt(lambda: members.discard(i % 150))
            attempt(lambda: members.add(i % 150))
        elif k == 4:
            attempt(lambda: sum(1 for _ in queue))
            attempt(lambda: queue.popleft())
            attempt(lambda: queue.append(i))
        elif k == 5:
            attempt(lambda: (i in data, data.count(i), data[i % 50], data[-1], data[:10], data == data[:]))
            attempt(lambda: data.remove(i % 100))
            attempt(lambda: data.extend([i, i]))
        else:
            attempt(lambda: (repr(data), repr(table), repr(members), repr(queue), sorted(members.copy())))
            attempt(lambda: data.reverse())
            attempt(lambda: data.__setitem__(slice(0, 3), [i]))


workers = [threading.Thread(target=race, args=(t,)) for t in range(THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("unexpected errors:", unexpected[:5])
print("all ints:", all(type(x) is int for x in data), all(type(x) is int for x in queue))
