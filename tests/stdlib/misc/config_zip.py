"""configparser and zipfile: INI files with interpolation, and zip archives in memory."""
import configparser
import io
import zipfile

ini = """
[DEFAULT]
base = /srv
debug = no

[app]
path = %(base)s/app
workers = 4
debug = yes

[db]
host = localhost
port = 5432
"""
cfg = configparser.ConfigParser()
cfg.read_string(ini)
print(cfg.sections(), cfg["app"]["path"], cfg.getint("app", "workers"), cfg.getboolean("app", "debug"))
print(cfg.getboolean("db", "debug"), cfg.get("db", "missing", fallback="none"), dict(cfg["db"]))
cfg["new"] = {"key": "value"}
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
try:
    cfg.get("nope", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("hello.txt", "hello from a zip\n" * 50)
    zf.writestr("dir/data.bin", bytes(range(256)))
    info = zipfile.ZipInfo("stored.txt", date_time=(2020, 1, 1, 0, 0, 0))
    zf.writestr(info, "stored", compress_type=zipfile.ZIP_STORED)
buf.seek(0)
with zipfile.ZipFile(buf) as zf:
    print(zf.namelist())
    for i in zf.infolist():
        print(i.filename, i.file_size, i.compress_type, i.compress_size < i.file_size or i.compress_type == 0)
    print(zf.read("hello.txt")[:16], zf.read("dir/data.bin")[250:], zf.testzip())
    with zf.open("stored.txt") as f:
        print(f.read(), zf.getinfo("stored.txt").date_time)
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b"nope")))
