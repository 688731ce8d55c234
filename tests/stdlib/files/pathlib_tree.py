"""pathlib: building a small tree in a temporary directory, walking, globbing, reading and writing."""
import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "project"
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "core.py").write_text("def f():\n    return 1\n")
    (root / "docs" / "index.md").write_text("# Title\n\nSome text.\n", encoding="utf-8")
    (root / "README").write_bytes(b"read me\n")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    print(sorted(p.name for p in root.glob("src/**/*.py")))
    print((root / "docs" / "index.md").read_text().splitlines()[0], (root / "README").read_bytes())
    print((root / "README").stat().st_size, (root / "src").is_dir(), (root / "nope").exists())
    moved = (root / "README").rename(root / "README.txt")
    print(moved.name, moved.suffix, moved.stem, sorted(x.name for x in root.iterdir()))
    with (root / "log.txt").open("a") as f:
        f.write("one\n")
        f.write("two\n")
    print((root / "log.txt").read_text().split())
    (root / "log.txt").unlink()
    print((root / "log.txt").exists(), root.joinpath("a", "b").relative_to(root))

p = PurePosixPath("/usr/local/lib/python3.12/json/__init__.py")
print(p.parent, p.name, p.suffix, p.suffixes, p.stem, p.parts[:3], p.anchor)
print(p.with_name("decoder.py"), p.with_suffix(".pyc"), p.parents[2], p.is_absolute(), p.match("*.py"))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePosixPath("x.tar.gz").suffixes)
print(PurePosixPath("/a/b").relative_to("/a"), PurePosixPath("docs") < PurePosixPath("src"))
