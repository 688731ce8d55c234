# dict errors
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1}
show(lambda: d["b"])
show(lambda: d[[1]])
show(lambda: d.pop("b"))
show(lambda: {}.popitem())
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([1]))
show(lambda: dict([(1, 2)], [(3, 4)]))
show(lambda: d.get())
show(lambda: d.update(1, 2))
show(lambda: d < d)
show(lambda: hash(d))
show(lambda: d | [(1, 2)])
show(lambda: {}.fromkeys())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e, e.args)
