# Training run for the JVM's ahead-of-time cache (docs/performance.md): a little of everything the interpreter does
# often, so that the classes it needs are loaded and linked, and its hot paths profiled, before any user program runs.
# Not a benchmark; it prints nothing.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    @property
    def size(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def numbers(n):
    total, f = 0, 0.5
    for i in range(n):
        total += i * i % 7 - (i >> 2) + (i & 3)
        f = f * 1.0000001 + i / 3.0 - (f // 2.0)
        if i < f and total != -1:
            total ^= 1
    return total + int(f) + 2 ** 100 // 3 ** 20 + (10 ** 30 + total) % 97


def calls(n):
    def add(a, b=1, *rest, **kw):
        return a + b + len(rest) + len(kw)

    def counter():
        count = 0

        def bump():
            nonlocal count
            count += 1
            return count
        return bump

    bump = counter()
    s = 0
    for i in range(n):
        s += add(i) + add(i, 2) + add(i, 2, 3, k=4) + bump()
    return s + sum(map(lambda v: v + 1, range(50))) + max(3, 9, key=abs)


def generators(n):
    def evens(src):
        for x in src:
            if x % 2 == 0:
                yield x

    def both(k):
        yield from range(k)
        yield from evens(range(k))
    return sum(x for x in evens(range(n))) + sum(1 for _ in both(n // 4)) + len([y for y in range(n // 4) if y])


def data(n):
    d, words = {}, []
    for i in range(n):
        key = "k" + str(i % 97)
        d[key] = d.get(key, 0) + 1
        words.append(key.upper() if i % 3 else key)
    text = " ".join(words[:200])
    parts = text.split()
    s = {p for p in parts}
    lst = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    lst.reverse()
    t = tuple(lst[:10])
    return (len(d) + len(s) + len(t) + text.count("K1") + len(f"{n:>10}|{3.5:.2f}|{text[:5]!r}")
            + sum(v for _, v in d.items()) + ("k1" in d) + lst.index(lst[3]) + len(repr(t)) + len(str(1.5e300)))


def exceptions(n):
    caught = 0
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            {}["missing"]
        except ValueError as e:
            caught += len(e.args)
        except KeyError:
            caught += 2
        finally:
            caught += 1
    try:
        getattr(Point(1, 2), "nope")
    except AttributeError:
        caught += 1
    return caught


def objects(n):
    ps = [Point3(i, -i, i % 5) for i in range(100)]
    acc = 0
    for _ in range(n // 100):
        for p in ps:
            p.x += 1
            acc += p.size + p.z
        acc += ps[0].moved(1, 2).y
    return acc + isinstance(ps[0], Point) + hasattr(ps[0], "z")


def imports():
    # the modules programs and CPython's tests import most: their built-in modules' classes go into the cache too
    import collections, dataclasses, json, re, typing, asyncio, unittest, argparse, functools, itertools, textwrap

    @dataclasses.dataclass
    class Item:
        name: str
        size: int = 0

    T = typing.TypeVar("T")

    class Box(typing.Generic[T]):
        pass

    counts = collections.Counter(w for w in "a b a c b a".split())
    text = json.dumps({"items": [dataclasses.asdict(Item("x", i)) for i in range(20)], "counts": counts})
    found = re.findall(r"(\w+)\": (\d+)", text) + re.sub(r"\s+", " ", textwrap.dedent("  a\n  b")).split()
    parser = argparse.ArgumentParser(prog="train")
    parser.add_argument("--n", type=int, default=1)
    return (len(json.loads(text)["items"]) + len(found) + parser.parse_args([]).n + len(Box[int].__args__)
            + functools.reduce(lambda a, b: a + b, itertools.islice(itertools.count(), 10)))


for _ in range(1):
    numbers(3000)
    calls(1000)
    generators(3000)
    data(1000)
    exceptions(500)
    objects(3000)
    imports()
