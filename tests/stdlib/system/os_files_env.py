"""os and os.path: directories, walking, stat, environment variables, path manipulation."""
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(os.path.join(tmp, "a", "b", "c"))
    os.mkdir(os.path.join(tmp, "x"))
    for rel in ["a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "x/four.txt"]:
        with open(os.path.join(tmp, rel), "w") as f:
            f.write(rel)
    for dirpath, dirnames, filenames in sorted(os.walk(tmp)):
        dirnames.sort()
        print(os.path.relpath(dirpath, tmp), dirnames, sorted(filenames))
    print(sorted(e.name for e in os.scandir(tmp)), [e.is_dir() for e in sorted(os.scandir(tmp), key=lambda e: e.name)])
    st = os.stat(os.path.join(tmp, "a", "one.txt"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(tmp).st_mode), oct(stat.S_IMODE(st.st_mode) & 0o600))
    os.rename(os.path.join(tmp, "x", "four.txt"), os.path.join(tmp, "x", "4.txt"))
    print(os.listdir(os.path.join(tmp, "x")))
    os.remove(os.path.join(tmp, "x", "4.txt"))
    os.rmdir(os.path.join(tmp, "x"))
    print(sorted(os.listdir(tmp)))
    os.symlink(os.path.join(tmp, "a"), os.path.join(tmp, "link"))
    print(os.path.islink(os.path.join(tmp, "link")), os.readlink(os.path.join(tmp, "link")) == os.path.join(tmp, "a"))
    cwd = os.getcwd()
    os.chdir(tmp)
    print(os.path.exists("a/one.txt"), os.path.abspath("a") == os.path.join(os.path.realpath(tmp), "a") or os.path.abspath("a") == os.path.join(tmp, "a"))
    os.chdir(cwd)
os.environ["KAA_DEMO"] = "value"
print(os.environ["KAA_DEMO"], os.getenv("KAA_DEMO"), os.getenv("KAA_NOPE", "default"), "KAA_DEMO" in os.environ)
del os.environ["KAA_DEMO"]
print(os.environ.get("KAA_DEMO"))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.splitext("archive.tar.gz"))
print(os.path.normpath("a/./b/../c//d"), os.path.basename("/p/q/"), os.path.dirname("/p/q/r"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")), os.sep, os.pathsep, os.linesep == "\n", os.name)
print(os.fspath(b"bytes/path"), os.fsencode("é"), os.fsdecode(b"abc"), type(os.getpid()), os.cpu_count() > 0)
print(len(os.urandom(16)), os.strerror(2), os.path.isabs("/tmp"), os.path.relpath("/a/b/c", "/a/d"))
