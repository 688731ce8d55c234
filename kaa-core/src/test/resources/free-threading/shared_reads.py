# Threads reading shared dicts and a frozenset while one thread keeps changing the dicts' layout (adding and deleting
# other keys: the tables grow, fill with dummies and are rebuilt) and replacing values in another. Free-threaded, the
# reads and the iterations take no lock (docs/free-threading.md): every read of a key that is always there must give
# its value, every key never added must be absent, and an iteration must see every key once, whatever the writer is
# doing meanwhile.
import threading

READERS, ROUNDS = 7, 3000
STABLE = {"k%d" % i: i for i in range(64)}
by_name = dict(STABLE)
by_number = {i: -i for i in range(64)}
by_other = {(i, "t"): i for i in range(16)}  # keys compared with __eq__: the locked path
by_other[1.5] = "float"
members = frozenset(range(0, 128, 2))
fixed = {"f%d" % i: i for i in range(32)}  # only ever read
scores = {i: 0 for i in range(32)}  # values replaced in place by the writer: its size and keys never change
done = threading.Event()
start = threading.Barrier(READERS + 2)  # the readers, the writer and the main thread
wrong = []


def writer():
    start.wait()
    n = 0
    while not done.is_set():
        for d in (by_name, by_number, by_other):
            for j in range(40):
                d["x%d" % (n + j)] = j
                d[10_000 + n + j] = j
            for j in range(40):
                del d["x%d" % (n + j)]
                del d[10_000 + n + j]
        by_name["k0"] = 0  # a value replaced in place
        for i in scores:
            scores[i] = n
        n += 40


def reader(k):
    start.wait()
    bad = 0
    for r in range(ROUNDS):
        i = (r * 7 + k) % 64
        if by_name["k%d" % i] != i or by_name.get("k%d" % i) != i or ("k%d" % i) not in by_name:
            bad += 1
        if by_number[i] != -i or by_number.get(i, None) != -i:
            bad += 1
        if by_other[(i % 16, "t")] != i % 16 or by_other[1.5] != "float":
            bad += 1
        if "absent" in by_name or by_number.get(-1) is not None or (99, "t") in by_other:
            bad += 1
        if (i * 2 in members) is not True or (i * 2 + 1 in members) is not False:
            bad += 1
        if r % 10 == 0:
            if sum(v for k, v in fixed.items()) != 496 or sorted(scores) != list(range(32)):
                bad += 1
            if any(not isinstance(v, int) or v < 0 for v in scores.values()):
                bad += 1
            seen = set()
            try:  # iterating a dict another thread changes: it may stop with an error, never yield a wrong key
                for key in by_name:
                    if isinstance(key, str):
                        valid = key in STABLE or key[0] == "x"
                    else:
                        valid = type(key) is int and key >= 10_000
                    if not valid or key in seen:
                        bad += 1
                    seen.add(key)
            except RuntimeError:
                pass
    wrong.append(bad)


w = threading.Thread(target=writer)
readers = [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
w.start()
for t in readers:
    t.start()
start.wait()
for t in readers:
    t.join()
done.set()
w.join()
print("readers", len(wrong), "wrong reads", sum(wrong))
print("stable keys", sum(1 for k in STABLE if by_name[k] == STABLE[k]), "of", len(STABLE))
print("sizes", len(by_name), len(by_number), len(by_other))
