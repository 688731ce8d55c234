"""A module for imports_in_scopes: counts how often it is executed."""
import builtins

builtins._scoped_loads = getattr(builtins, "_scoped_loads", 0) + 1
loads = builtins._scoped_loads
value = "helper value"
_hidden = "underscore names are not star-imported"
__all__ = ["value", "twice"]


def twice(x):
    return 2 * x
