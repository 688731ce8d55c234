# PEP 562: a module's __getattr__ answers missing attributes (not present ones), its __dir__ answers dir().
import _lazy_module as m

print(m.present, m.lazy_value, getattr(m, "lazy_other"))
print(m._lookups)
try:
    m.missing
except AttributeError as e:
    print(e)
print(getattr(m, "missing", "default"), hasattr(m, "lazy_x"), hasattr(m, "nope"))
print(dir(m))
from _lazy_module import lazy_imported
print(lazy_imported)
try:
    from _lazy_module import not_lazy
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])  # the message ends with the module's path
print(m._lookups)
print(type(m).__name__, m.__name__, m.__doc__)
