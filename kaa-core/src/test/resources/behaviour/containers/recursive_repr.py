# recursive and nested containers: repr with [...] and {...}, equality depth, user __repr__ recursion
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a, a[2][2][0])
d = {"k": 1}
d["self"] = d
print(d, {"outer": d})
t = ([],)
t[0].append(t)
print(t)
l2 = [a, a]
print(l2)
s = {"x": [d, a]}
print(s)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append([n])
try:
    print(repr(n))
except RecursionError as e:
    print("RecursionError")
b = [1]
b.append(b)
c = [1]
c.append(c)
print(b == b, b[1] is b, [b] == [b])
dv = {}
dv[1] = dv.keys()
print(dv)
od = {"v": None}
od["v"] = od.values()
print(od)
