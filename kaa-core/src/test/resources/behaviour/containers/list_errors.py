# list errors: the exact exception types and messages
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 3]
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a["x"])
show(lambda: a[1.0])
show(lambda: a.index(7))
show(lambda: a.remove(7))
show(lambda: [].pop())
show(lambda: a.pop(10))
show(lambda: a.insert(1))
show(lambda: a.count())
show(lambda: a.clear(1))
show(lambda: a.sort(1))
show(lambda: a.index(1, "x"))
show(lambda: [1] + (1,))
show(lambda: [1] * 2.0)
show(lambda: 2.5 * [1])
show(lambda: hash([]))
show(lambda: list(1, 2))
show(lambda: list(5))
show(lambda: [1, 2] < [1, "x"])
show(lambda: [1] < (1,))
