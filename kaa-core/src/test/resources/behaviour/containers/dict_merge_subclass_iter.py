# Merging a dict subclass that overrides __iter__ goes through keys() and [], as CPython's dict_merge does:
# dict(d), {**d}, f(**d) and update() all see the subclass's order.
class D(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
    def keys(self):
        return list(self.__iter__())

d = D(a=1, b=2, c=3)
def f(**k):
    return list(k)
print(dict(d), {**d}, f(**d), list(d), d)
x = {}
x.update(d)
print(x)

# keys() is taken whole before any [] runs.
class Moving(dict):
    def __iter__(self):
        return super().__iter__()
    def keys(self):
        print("keys")
        return super().keys()
    def __getitem__(self, k):
        print("get", k)
        if k == "a":
            self["z"] = 0
        return super().__getitem__(k)
print({**Moving(a=1, b=2)})
