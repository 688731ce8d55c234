"""Sliding windows with deque; layered settings with ChainMap; records with namedtuple; OrderedDict as an LRU."""
from collections import deque, ChainMap, namedtuple, OrderedDict, defaultdict

def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n

print(list(moving_average([40, 30, 50, 46, 39, 44], 3)))
d = deque("abcde")
d.rotate(2); print(d)
d.rotate(-3); print(d, d.popleft(), d.pop(), d)
d.extendleft("xy"); print(d, d.index("c"), d.count("x"))
print(deque(range(10), maxlen=4))

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "alice"}
cli = {"debug": True}
settings = ChainMap(cli, env, defaults)
print(settings["user"], settings["color"], settings["debug"], len(settings))
child = settings.new_child({"color": "blue"})
print(child["color"], dict(sorted(child.items())))
print(child.parents["color"])

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p._asdict(), p._replace(x=10), Point._fields, Point._make([1, 2]))
print(p.x ** 2 + p.y ** 2, tuple(p), p == (3, 4))
Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[0])
print(Employee("Ann", "eng"), Employee._field_defaults)

class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def __getitem__(self, key):
        self.move_to_end(key)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)

cache = LRU(3)
for k in "abcd":
    cache[k] = ord(k)
cache["b"]
cache["e"] = 0
print(list(cache), cache)

groups = defaultdict(list)
for name in ["ann", "bob", "al", "bea", "cy"]:
    groups[name[0]].append(name)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
