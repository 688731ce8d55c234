# One attribute instruction meeting many types in turn, classes changing while the others stay cached, and instance
# dicts whose keys were made in unusual ways (str subclasses, computed strings, dict methods).

from _attr_probes import call_m, get_x, set_x, show


classes = []
for i in range(6):
    def m(self, i=i):
        return "m of C%d" % i
    classes.append(type("C%d" % i, (), {"x": "class x %d" % i, "m": m}))

objs = [c() for c in classes]
for round in range(3):
    for o in objs:
        show(get_x, o)
        show(call_m, o)
    if round == 0:
        classes[1].x = "changed class x 1"      # one type of several changes
        objs[2].x = "instance x 2"               # one instance shadows
        objs[3].m = lambda: "instance m 3"
    if round == 1:
        del classes[1].x
        del classes[0].m

# stores through one instruction on several types, one with __slots__ and one with a property
class Plain:
    pass


class Slots:
    __slots__ = ("x",)


class Prop:
    @property
    def x(self):
        return "Prop.x"

    @x.setter
    def x(self, v):
        print("Prop setter", v)


targets = [Plain(), Slots(), Prop(), Plain()]
for round in range(2):
    for i, o in enumerate(targets):
        set_x(o, round * 10 + i)
        show(get_x, o)


# keys made in unusual ways
class K:
    pass


class S(str):
    pass


k = K()
k.__dict__["x"] = "dict item"
show(get_x, k)
k.__dict__.clear()
k.__dict__[S("x")] = "str subclass key"
show(get_x, k)
set_x(k, "stored over the str subclass key")
print(k.__dict__, [type(key).__name__ for key in k.__dict__])
k2 = K()
setattr(k2, "".join(["x"]), "computed name")
show(get_x, k2)
set_x(k2, "stored")
print(k2.__dict__)
k2.__dict__.update({"y": 1, "x": "updated"})
show(get_x, k2)
del k2.__dict__["x"]
show(get_x, k2)
vars(k2)["x"] = "through vars"
show(get_x, k2)
