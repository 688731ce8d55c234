# relative imports inside a package, and the errors of those that cannot be resolved
import _rel_pkg
print(_rel_pkg.A_VALUE, _rel_pkg.mod_a.__name__, _rel_pkg.__package__)
from _rel_pkg.sub import sibling
print(sibling.WHERE, sibling.deep_ok.__package__)
try:
    import _rel_pkg.sub.deep
except ImportError as e:
    print(type(e).__name__, e, e.name)
for globals_, level in [({}, 1), ({"__package__": ""}, 1), ({"__package__": "p"}, 2), ({"__package__": 1}, 1),
                        ({"__name__": 1}, 1), (1, 1), ({"__package__": "a.b"}, 3)]:
    try:
        __import__("x", globals_, level=level)
    except Exception as e:
        print(type(e).__name__, e)
for name, level in [("", 0), ("x", -1)]:
    try:
        __import__(name, level=level)
    except Exception as e:
        print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(__import__("_rel_pkg.sub", fromlist=["x"]).__name__, __import__("_rel_pkg.sub").__name__)
print(__import__("mod_a", {"__package__": "_rel_pkg"}, level=1).__name__)
print(__import__("sub.deep_ok", {"__package__": "_rel_pkg"}, level=1).__name__)
print(__import__("", {"__package__": "_rel_pkg.sub"}, level=2).__name__)
