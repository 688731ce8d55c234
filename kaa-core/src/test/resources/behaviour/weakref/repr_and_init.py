# weakref.ref's repr names the object by the __name__ its type gives it (not an instance attribute, not
# __getattr__); ref.__init__ checks its argument count as CPython's
import re
import weakref

def show(r):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(r)))

class Plain:
    pass

p = Plain()
p.__name__ = "instance attribute"
show(weakref.ref(p))

def function():
    pass
show(weakref.ref(function))
show(weakref.ref(Plain))

class Config(dict):
    def __getattr__(self, name):
        return self[name]

c = Config(offset=5)
show(weakref.ref(c))

class Named:
    @property
    def __name__(self):
        return "from a property"

n = Named()
show(weakref.ref(n))

r = weakref.ref(Exception)
for args in [(), (0,), (0, 0), (0, 0, 0), (0, 0, 0, 0, 0)]:
    try:
        r.__init__(*args)
        print(len(args), "accepted")
    except TypeError as e:
        print(len(args), e)
