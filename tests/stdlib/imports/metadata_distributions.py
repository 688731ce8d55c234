"""importlib.metadata over installed distributions: a .dist-info directory on sys.path, read as pip and tools do."""
import importlib.metadata as md
import os
import sys
import tempfile

site = tempfile.mkdtemp()
info = os.path.join(site, "kaa_sample-1.4.2.dist-info")
os.mkdir(info)
with open(os.path.join(info, "METADATA"), "w") as f:
    f.write("Metadata-Version: 2.1\nName: kaa-sample\nVersion: 1.4.2\nSummary: A sample distribution\n"
            "Requires-Dist: requests>=2.0\nRequires-Dist: rich ; extra == 'color'\nProvides-Extra: color\n\n"
            "The long description.\n")
with open(os.path.join(info, "entry_points.txt"), "w") as f:
    f.write("[console_scripts]\nkaa-sample = kaa_sample.cli:main\n\n[kaa_sample.plugins]\n"
            "json = kaa_sample.plugins:JsonPlugin\nyaml = kaa_sample.plugins:YamlPlugin [yaml]\n")
with open(os.path.join(info, "RECORD"), "w") as f:
    f.write("kaa_sample/__init__.py,,\nkaa_sample/cli.py,,\nkaa_sample-1.4.2.dist-info/METADATA,,\n")
with open(os.path.join(info, "top_level.txt"), "w") as f:
    f.write("kaa_sample\n")
os.mkdir(os.path.join(site, "kaa_sample"))
with open(os.path.join(site, "kaa_sample", "__init__.py"), "w") as f:
    f.write("")
sys.path.insert(0, site)

print(md.version("kaa-sample"), md.version("kaa_sample"))
meta = md.metadata("kaa-sample")
print(meta["Name"], meta["Summary"], meta.get_all("Requires-Dist"), meta.get_payload().strip())
print(md.requires("kaa-sample"))
dist = md.distribution("kaa-sample")
print(type(dist).__name__, dist.name, dist.version, sorted(str(p) for p in dist.files))
scripts = md.entry_points(group="console_scripts")
print([(ep.name, ep.value, ep.module, ep.attr) for ep in scripts if ep.name == "kaa-sample"])
plugins = md.entry_points(group="kaa_sample.plugins")
print(sorted(plugins.names), [ep.extras for ep in sorted(plugins, key=lambda e: e.name)])
print(plugins["json"].group, plugins["json"].dist.name)
print("kaa-sample" in [d.metadata["Name"] for d in md.distributions()])
print(md.packages_distributions().get("kaa_sample"))
try:
    md.version("no-such-distribution")
except md.PackageNotFoundError as e:
    print("PackageNotFoundError:", e)

import shutil
shutil.rmtree(site)
