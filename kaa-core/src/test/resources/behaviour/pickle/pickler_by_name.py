# pickle's Pickler is _pickle's, as in CPython: an object pickled by name that cannot be found fails with the C
# pickler's messages, and the exception classes are _pickle's.
import collections, pickle, _pickle

print(pickle.PicklingError, pickle.UnpicklingError, pickle.PickleError, pickle.PicklingError is _pickle.PicklingError)
print(pickle.Pickler, pickle.Unpickler, pickle.Pickler is _pickle.Pickler)

def outer():
    def inner():
        pass
    return inner

class Renamed:
    pass
Renamed.__qualname__ = 'Elsewhere'

def moved():
    pass
moved.__module__ = 'no_such_module'

def copied():
    pass
original = copied
def copied():
    pass
copied.__qualname__ = 'original'

for obj in [lambda: 0, outer(), Renamed, moved, copied]:
    for dumps in (pickle.dumps, pickle._dumps):
        try:
            dumps(obj)
        except Exception as e:
            print(dumps.__module__, type(e).__name__, str(e).replace(hex(id(obj)), "ADDR"))

data = [1, {2: "x"}, collections.OrderedDict(a=1), outer, print, range(3), pickle.PicklingError("why")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back[:3], back[3] is outer, back[4:6], repr(back[6]))
