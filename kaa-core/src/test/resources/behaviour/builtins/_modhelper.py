"""Helper module for module_objects.py."""
VALUE = 42


def __getattr__(name):
    if name == "missing":
        raise AttributeError(f"custom: no {name}")
    return f"computed {name}"


def __dir__():
    return ["VALUE", "zeta", "alpha"]
