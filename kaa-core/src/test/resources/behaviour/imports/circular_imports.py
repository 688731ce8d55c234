# circular imports: a submodule read from sys.modules before its parent's attribute is set, and the error of a name
# read from a module still initialising
import sys
from _circ import ok_a
print(ok_a.later(), ok_a.ok_b.later(), sys.modules["_circ.ok_b"] is ok_a.ok_b)
try:
    import _circ.first
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, "FILE"), e.name)
print("_circ.first" in sys.modules, "_circ.second" in sys.modules)
