# import statements bind names in the current scope: local in functions, class attributes in class bodies;
# import as, from import as, and the errors for missing names, all with modules written next to this case.
def local_import():
    import _scoped_helper
    from _scoped_helper import value as renamed
    return _scoped_helper.value, renamed, sorted(k for k in locals())

print(local_import())
print("_scoped_helper" in globals())

class Namespace:
    import _scoped_helper as helper
    from _scoped_helper import twice

print(Namespace.helper.value, Namespace.twice(4), Namespace().twice(5) if False else "")
import _scoped_helper, _scoped_helper as again
print(_scoped_helper is again, _scoped_helper.loads)
from _scoped_helper import *
print(value, twice(3))
try:
    hidden
except NameError as e:
    print(e)
from _scoped_helper import _hidden
print(_hidden)
try:
    from _scoped_helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, e.path.endswith("_scoped_helper.py"), str(e).split(" (")[0])
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(e, e.name)
print(__import__("_scoped_helper").value)
