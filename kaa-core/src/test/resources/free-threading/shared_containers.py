# Eight threads hammer shared built-in containers at once; every count at the end is exact under every GIL policy
# (FreeThreadingStressTest runs this with -X gil=cpython, priority and off).
import collections
import threading

THREADS = 8
ROUNDS = 2000

items = []
table = {}
groups = {}
seen = set()
queue = collections.deque()
raw = bytearray()
taken = []
shared = []
counter = {"n": 0}
lock = threading.Lock()
popped = []
stack = list(range(THREADS * ROUNDS // 2))
source = iter(list(range(THREADS * ROUNDS)))
errors = []
modules = []


class Box:
    pass


box = Box()
box.hits = 0
start = threading.Barrier(THREADS)


class Config:
    value = 0


def hammer(t):
    global shared
    start.wait()
    try:
        import fractions  # every thread imports the same module at once: one module object
        modules.append(fractions)
        mine = []
        for i in range(ROUNDS):
            items.append(i)
            table[t, i] = i
            groups.setdefault(i % 100, []).append(t)
            seen.add((t, i))
            queue.append(i)
            raw.append(i & 255)
            shared += [t]
            globals()["g%d_%d" % (t, i % 50)] = i
            setattr(box, "a%d_%d" % (t, i % 20), i)  # attributes added to one object from every thread
            Config.value = Config.value + 1 if i % 3 else i
            with lock:
                counter["n"] += 1
                box.hits += 1
            if i % 2:
                popped.append(stack.pop())
                queue.popleft()
                del table[t, i - 1]
            x = next(source, None)
            if x is not None:
                mine.append(x)
            if i % 500 == 0:
                total = 0
                for v in items:
                    total += 1
                len(list(table.copy().items())) + len(repr(seen)) + len(sorted(groups.copy()))
        taken.append(mine)
    except BaseException as e:
        errors.append(repr(e))


workers = [threading.Thread(target=hammer, args=(t,)) for t in range(THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("errors", errors)
print("list", len(items), sum(items) == THREADS * sum(range(ROUNDS)))
print("dict", len(table))
print("setdefault", len(groups), sum(len(v) for v in groups.values()))
print("set", len(seen))
print("deque", len(queue))
print("bytearray", len(raw), sum(raw) == THREADS * sum(i & 255 for i in range(ROUNDS)))
print("+=", len(shared), sorted(collections.Counter(shared).values()) == [ROUNDS] * THREADS)
print("globals", sum(1 for k in globals() if k.startswith("g") and "_" in k))
print("counter", counter["n"], box.hits)
print("attributes", sum(1 for k in vars(box) if k.startswith("a")), all(getattr(box, "a0_%d" % j) >= 0 for j in range(20)))
print("import", len(modules), len(set(map(id, modules))))
print("list.pop", len(stack), len(popped), len(set(popped)))
everything = [x for mine in taken for x in mine]
print("next(it)", len(everything), len(set(everything)))
