# Evaluation order: left to right for calls, operands, subscripts, dict displays, assignments (value before targets).
log = []

def v(name, value=None):
    log.append(name)
    return name if value is None else value

def show(label):
    print(label, log)
    log.clear()

def f(*args, **kwargs):
    log.append("call")

v("func", f)(v("a"), v("b"), k=v("c"))
show("call:")
{v("k1"): v("v1"), v("k2"): v("v2"), **v("m", {})}
show("dict:")
v("x", 1) + v("y", 2) * v("z", 3)
show("binary:")
v("obj", [0, 0])[v("index", 0)] = v("value")
show("subscript assignment:")
a = {}
a[v("key1")] = a[v("key2")] = v("rhs")
show("chained targets:")
v("base", [1, 2, 3])[v("lo", 0):v("hi", 2)]
show("slice:")
[v("e1"), *v("star", [1]), v("e2")]
show("list display:")
v("cond", True) and v("lhs") or v("rhs2")
show("boolean:")
{v("s1"), v("s2")}
show("set:")
x = v("first", 1), v("second", 2)
show("tuple:")

class M:
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return lambda *a: log.append(f"called {name}")

m = M()
m.method(v("arg"))
show("method call:")
print(v("p1") if v("test", False) else v("p2"))
show("conditional:")
[v(f"item{i}") for i in range(2) if v(f"cond{i}", True)]
show("comprehension:")
d = {v("dk", "k"): v("dv", "v") for _ in range(1)}
show("dict comprehension:")
print(v("pow base", 2) ** v("pow exp", 3) ** v("pow exp2", 2))
show("power (right associative):")
v("lambda", lambda **kw: kw)(**{v("kk"): 1}, z=v("zv"))
show("keyword unpacking:")
