"""glob and fnmatch over a temp tree, tokenize on source text, keyword, linecache and traceback formatting."""
import fnmatch
import glob
import io
import keyword
import os
import tempfile
import tokenize
import traceback

with tempfile.TemporaryDirectory() as tmp:
    for rel in ["a.py", "b.txt", "sub/c.py", "sub/deep/d.py", "sub/e.md"]:
        os.makedirs(os.path.dirname(os.path.join(tmp, rel)), exist_ok=True)
        open(os.path.join(tmp, rel), "w").close()
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    print(sorted(glob.glob("*.?d", root_dir=os.path.join(tmp, "sub"))), glob.escape("a[b]*"))
print(fnmatch.fnmatch("report.TXT", "*.txt"), fnmatch.fnmatchcase("report.TXT", "*.txt"), fnmatch.filter(["a1", "b2", "a3"], "a?"))
print(fnmatch.translate("*.py[co]"))
src = "def f(x):\n    return x + 1  # comment\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
def inner():
    raise KeyError("k")
try:
    inner()
except KeyError as e:
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], len(traceback.extract_tb(e.__traceback__)))
    print(traceback.format_exception_only(type(e), e))
