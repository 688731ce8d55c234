# Python subclasses of list, dict, tuple, set, frozenset
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.label = "mine"
print(s, s.peek(), len(s), s.label, type(s).__name__, isinstance(s, list), s == [1, 2, 3])
print(type(s + [4]).__name__, type(s[:1]).__name__, type(s.copy()).__name__)
class Named(list):
    def __init__(self, items, name="anon"):
        list.__init__(self, items)
        self.name = name
n = Named((5, 6), name="n")
print(n, n.name)
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__, p == (3, 4), hash(p) == hash((3, 4)))
class Config(dict):
    def __getattr__(self, name):
        return self[name]
c = Config(debug=True)
print(c, c.debug, type(c.copy()).__name__)
class Tags(set):
    pass
t = Tags([3, 1])
print(t, type(t | {5}).__name__, len(t))
class Frozen(frozenset):
    pass
f = Frozen([1])
print(f, Frozen(), type(f.copy()).__name__, hash(f) == hash(frozenset([1])))
class Loud(list):
    def __repr__(self):
        return "Loud" + list.__repr__(self)
print([Loud([1])], Loud())
