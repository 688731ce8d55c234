# module objects: the module type, attributes, creation, missing attribute errors, module __getattr__ and __dir__
import sys
import _modhelper
M = type(sys)
print(M.__name__, type(_modhelper).__name__, _modhelper.__name__, _modhelper.__doc__, _modhelper.VALUE, _modhelper.__file__.endswith("_modhelper.py"))
print(_modhelper.lazy_thing, _modhelper.other)
try:
    _modhelper.missing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(_modhelper))
m = M("made", "its doc")
print(m.__name__, m.__doc__, repr(m), sorted(vars(m)), m.__spec__, m.__loader__, m.__package__)
m.x = 1
print(m.x, m.__dict__["x"], "x" in dir(m))
try:
    m.nope
except AttributeError as e:
    print("AttributeError:", e)
del m.x
try:
    del m.x
except AttributeError as e:
    print("AttributeError:", e)
print(sys.modules["_modhelper"] is _modhelper, sys.modules[__name__].__name__, __name__)
import builtins
print(type(builtins).__name__, builtins.len is len, repr(builtins), builtins.__name__)
nameless = M("tmp")
del nameless.__name__
try:
    nameless.anything
except AttributeError as e:
    print("AttributeError:", e)
print(repr(nameless))
