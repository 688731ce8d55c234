class Base:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "base"
    def value(self):
        return self.v
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def who(self):
        return "derived+" + super().who()
d = Derived(1, 2)
print(d.who(), d.value(), d.w)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw["tag"]
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta, tag="t1"):
    pass
print(Tagged.tag, type(Tagged).__name__)
class WithClassCell:
    def method(self):
        return __class__
print(WithClassCell().method() is WithClassCell)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def double(self):
        return self.count * 2
Counter.make()
c = Counter()
print(Counter.count, Counter.helper(4), c.double)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t is not None)
        return True
with Ctx() as cm:
    print("inside", cm is not None)
with Ctx():
    undefined_thing
print("after")
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
for item in Box([1, 2]):
    print(item)
print(len(Box([1, 2, 3])), Box([5, 6])[1])
class Kw:
    def __init_subclass__(cls, flag=False, **kw):
        cls.flag = flag
class Sub(Kw, flag=True):
    pass
print(Sub.flag)
