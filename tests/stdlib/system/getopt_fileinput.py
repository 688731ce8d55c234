"""getopt for classic option parsing; fileinput over several files with line numbers and in-place editing."""
import fileinput
import getopt
import os
import tempfile

opts, args = getopt.getopt(["-a", "-b", "val", "--long=x", "--flag", "rest1", "rest2"], "ab:", ["long=", "flag"])
print(opts, args)
try:
    getopt.getopt(["-z"], "ab:")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
print(getopt.gnu_getopt(["file", "-a", "x"], "a"))
with tempfile.TemporaryDirectory() as tmp:
    names = []
    for i, text in enumerate(["alpha\nbeta\n", "gamma\n", "delta\nepsilon\n"]):
        name = os.path.join(tmp, f"f{i}.txt")
        with open(name, "w") as f:
            f.write(text)
        names.append(name)
    with fileinput.input(files=names) as inp:
        for line in inp:
            print(os.path.basename(inp.filename()), inp.lineno(), inp.filelineno(), inp.isfirstline(), line.rstrip())
    with fileinput.input(files=[names[0]], inplace=True) as inp:
        for line in inp:
            print(line.rstrip().upper())
    with open(names[0]) as f:
        print(f.read().split())
