"""A module with PEP 562 module-level __getattr__ and __dir__."""
present = "real attribute"
_lookups = []


def __getattr__(name):
    _lookups.append(name)
    if name.startswith("lazy_"):
        return f"computed {name}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["present", "lazy_anything"]
