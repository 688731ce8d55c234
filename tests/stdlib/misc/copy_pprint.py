"""copy (shallow, deep, custom __copy__/__deepcopy__, cycles) and pprint of nested data."""
import copy
import pprint

original = {"name": "cfg", "values": [1, [2, 3]], "meta": {"tags": {"a", "b"} and ["a", "b"]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["values"][1].append(4)
print(shallow["values"], deep["values"], shallow["values"] is original["values"], deep["meta"] == original["meta"])
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[2] is cyc, repr(dc))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.cache = {"expensive": True}
    def __deepcopy__(self, memo):
        clone = Node(copy.deepcopy(self.value, memo), copy.deepcopy(self.children, memo))
        clone.cache = {}
        return clone
    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r}, cache={self.cache})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(copy.deepcopy(tree))
print(copy.copy(tree).children is tree.children, copy.replace if hasattr(copy, "replace") else "no copy.replace")
data = {
    "users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "active": i % 2 == 0} for i in range(4)],
    "settings": {"theme": "dark", "limits": {"cpu": 4, "memory": "8G", "disk": [100, 200, 300]}},
    "long": list(range(30)),
}
pprint.pprint(data)
pprint.pprint(data, width=120, compact=True, sort_dicts=False)
print(pprint.pformat({"a": 1, "b": {"c": [1, 2]}}, depth=1), pprint.isreadable([1, 2]), pprint.saferepr(cyc).startswith("[1, 2, <Recursion on list with id="))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"k": ["x" * 10, "y" * 10, "z" * 10]})
