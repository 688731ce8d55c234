# _warnings without warnings.py: filters, registries, actions, printing to sys.stderr as CPython's C code does
import _warnings, sys

print(_warnings._defaultaction, _warnings._onceregistry, len(_warnings.filters))
for f in _warnings.filters:
    print(f)

def warn_twice(msg, category=UserWarning):
    for _ in range(2):
        _warnings.warn(msg, category)

warn_twice("shown once (default action)")
warn_twice("deprecation in __main__ is shown", DeprecationWarning)
_warnings.warn("pending is ignored", PendingDeprecationWarning)
_warnings.warn(RuntimeWarning("an instance keeps its class"), UserWarning)
registry = globals()["__warningregistry__"]
print(sorted(str(k) for k in registry))

_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
print("registry cleared", "version" in registry, len(registry))

_warnings.filters.insert(0, ("always", None, UserWarning, None, 0))
_warnings._filters_mutated()
warn_twice("always shown")
_warnings.filters.insert(0, ("bogus", None, UserWarning, None, 0))
try:
    _warnings.warn("x")
except RuntimeError as e:
    print(e)
del _warnings.filters[0]

for bad in [(1,), ("x", 1), ("x", int)]:
    try:
        _warnings.warn(*bad)
    except TypeError as e:
        print(e)

_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
_warnings.warn_explicit("explicit with registry", FutureWarning, "other.py", 7, registry={})
reg = {}
for _ in range(2):
    _warnings.warn_explicit("module action", UserWarning, "m.py", 1, module="m", registry=reg)
print(sorted(str(k) for k in reg))

def helper():
    _warnings.warn("attributed to the caller", stacklevel=2)

helper()
