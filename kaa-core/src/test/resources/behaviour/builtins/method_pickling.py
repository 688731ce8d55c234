# built-in functions and methods pickle by name (a module's function) or as getattr(owner, name)
import copy
import pickle

items = [1]
print(len.__reduce__(), items.append.__reduce__()[1], list.append.__reduce__()[1])
print(dict.fromkeys.__reduce__()[1], int.__new__.__reduce__()[1])
for f in [len, list.append, dict.fromkeys, items.__add__]:
    g = pickle.loads(pickle.dumps(f))
    print(type(g).__name__, g == f or g is f)
twin = copy.deepcopy(items.append)
twin(2)
print(twin.__self__, items)
print(items.__add__.__objclass__, (1).__add__.__objclass__, hasattr(len, "__objclass__"))
