# set errors
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: set().add())
show(lambda: set(1, 2))
show(lambda: frozenset(1, 2))
show(lambda: {[1]})
show(lambda: set([[1]]))
show(lambda: {1}.issubset(5))
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {1}.remove(frozenset())
except KeyError as e:
    print("KeyError:", e)
