"""importlib: import_module, reload, find_spec, resources, metadata, module attributes, a custom finder."""
import importlib
import importlib.util
import importlib.resources
import importlib.metadata
import os
import sys
import tempfile

pkg = importlib.import_module("_importlib_pkg")
sub = importlib.import_module(".sub", "_importlib_pkg")
print(pkg.VALUE, sub.DOUBLE, sub.__name__, sub.__package__, pkg.__spec__.name, pkg.__spec__.submodule_search_locations is not None)
print(os.path.basename(pkg.__file__), os.path.basename(os.path.dirname(pkg.__path__[0])) != "", sub.__spec__.parent)
print(importlib.resources.files("_importlib_pkg").joinpath("data.txt").read_text().strip())
print(importlib.util.find_spec("json").name, importlib.util.find_spec("no_such_module_kaa"))
json = importlib.import_module("json")
print(json.__spec__.origin.endswith(os.path.join("json", "__init__.py")), json.__spec__.cached is not None)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "reloadable.py")
    with open(path, "w") as f:
        f.write("X = 1\n")
    sys.path.insert(0, tmp)
    mod = importlib.import_module("reloadable")
    print(mod.X)
    with open(path, "w") as f:
        f.write("X = 2  # changed, and longer so the size differs\n")
    importlib.invalidate_caches()
    print(importlib.reload(mod).X)
    sys.path.remove(tmp)
try:
    importlib.import_module("definitely_missing_kaa")
except ModuleNotFoundError as e:
    print(e, e.name)
print(importlib.metadata.version("pip").count(".") >= 1, "pip" in [d.metadata["Name"] for d in importlib.metadata.distributions()])

class Virtual:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, cls)
        return None
    @staticmethod
    def create_module(spec):
        return None
    @staticmethod
    def exec_module(module):
        module.answer = 42

sys.meta_path.append(Virtual)
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.loader is Virtual, type(sys.modules["virtual_mod"]).__name__)
spec = importlib.util.spec_from_loader("made", loader=None)
m = importlib.util.module_from_spec(spec)
print(m.__name__, m.__spec__ is spec)
