"""tempfile and shutil: temporary files and directories, copying trees, archives, disk usage, which."""
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="kaa-") as tmp:
    print(os.path.basename(tmp).startswith("kaa-"), os.path.isdir(tmp))
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    for name, text in [("a.txt", "alpha"), ("b.log", "beta"), (os.path.join("sub", "c.txt"), "gamma")]:
        with open(os.path.join(src, name), "w") as f:
            f.write(text)
    dst = shutil.copytree(src, os.path.join(tmp, "dst"), ignore=shutil.ignore_patterns("*.log"))
    print(sorted(os.path.relpath(os.path.join(d, f), dst) for d, _, fs in os.walk(dst) for f in fs))
    shutil.copy2(os.path.join(src, "a.txt"), os.path.join(tmp, "a_copy.txt"))
    with open(os.path.join(tmp, "a_copy.txt")) as f:
        print(f.read())
    shutil.move(os.path.join(tmp, "a_copy.txt"), os.path.join(dst, "moved.txt"))
    print(sorted(os.listdir(dst)))
    archive = shutil.make_archive(os.path.join(tmp, "bundle"), "zip", src)
    print(os.path.basename(archive), os.path.getsize(archive) > 0)
    out = os.path.join(tmp, "unpacked")
    shutil.unpack_archive(archive, out)
    print(sorted(os.listdir(out)))
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=tmp, delete=False) as nt:
        nt.write("named\n")
        name = nt.name
    print(name.endswith(".txt"), open(name).read().strip())
    fd, path = tempfile.mkstemp(dir=tmp)
    os.write(fd, b"raw bytes")
    os.close(fd)
    print(open(path, "rb").read())
with tempfile.TemporaryFile() as tf:
    tf.write(b"spooled?")
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sf:
    sf.write("short")
    sf.seek(0)
    print(sf.read())
print(shutil.which("sh") is not None, shutil.which("no-such-program-kaa"))
print(os.path.exists(tmp), tempfile.gettempdir() == os.path.dirname(tmp))
