# atexit: calls run last registered first after the program ends, with their arguments; one that raises (even
# SystemExit) is reported and the others still run; unregister leaves the count as CPython's does
import atexit, sys

class Named:
    def __init__(self, name, action):
        self.name, self.action = name, action
    def __call__(self, *args, **kwargs):
        self.action(*args, **kwargs)
    def __repr__(self):
        return "<" + self.name + ">"

def show(*args, **kwargs):
    print("show", args, kwargs)

atexit.register(show, 1, key=2)
atexit.register(Named("divides", lambda: 1 / 0))
atexit.register(Named("exits", lambda: sys.exit(3)))
removed = Named("removed", lambda: print("never"))
atexit.register(removed)
print(atexit.register(show, "last") is show, atexit._ncallbacks())
atexit.unregister(removed)
print(atexit._ncallbacks())
for bad in [(), (1,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print(e)
print("program ends")
