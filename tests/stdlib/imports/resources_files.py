"""importlib.resources: data files shipped inside a package, read through files(), as_file() and the traversables."""
import importlib.resources as resources
import os
import sys
import tempfile

root = tempfile.mkdtemp()
package = os.path.join(root, "datapkg")
os.makedirs(os.path.join(package, "templates"))
with open(os.path.join(package, "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(package, "greeting.txt"), "w", encoding="utf-8") as f:
    f.write("héllo from a resource\n")
with open(os.path.join(package, "templates", "page.html"), "w") as f:
    f.write("<p>{body}</p>\n")
with open(os.path.join(package, "blob.bin"), "wb") as f:
    f.write(bytes(range(8)))
sys.path.insert(0, root)

files = resources.files("datapkg")
print(type(files).__name__, files.name, files.is_dir())
print(files.joinpath("greeting.txt").read_text(encoding="utf-8"), end="")
print((files / "templates" / "page.html").read_text().format(body="hi"), end="")
print(files.joinpath("blob.bin").read_bytes(), files.joinpath("missing.txt").is_file())
print(sorted(p.name for p in files.iterdir() if p.name != "__pycache__"))
with resources.as_file(files / "greeting.txt") as path:
    print(os.path.basename(path), os.path.exists(path))
import datapkg
print(resources.files(datapkg).joinpath("greeting.txt").is_file())
with files.joinpath("greeting.txt").open(encoding="utf-8") as f:
    print(f.readline().strip())
try:
    resources.files("no_such_package_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

import shutil
shutil.rmtree(root)
