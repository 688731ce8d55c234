# python -m dis FILE: CPython's command line (dis.main), here called directly
import dis
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


# the sample beside this file, named by its full path: the tests may run from another directory
sample = __file__[:__file__.rfind("/") + 1] + "_sample.py"
saved = sys.stdout
sys.stdout = out = Capture()
sys.argv = ["dis.py", sample]
dis.main()
sys.stdout = saved
lines = "".join(out.parts).split("\n")
print(lines[0])
print(any("STORE_NAME" in line and "(answer)" in line for line in lines))
print(any(line.startswith("Disassembly of <code object twice") for line in lines))
for argv in (["dis.py", "-h"], ["dis.py", "_missing.py"], ["dis.py", "a.py", "b.py"], ["dis.py", sample, "b.py"],
             ["dis.py", "-x", sample]):
    sys.argv = argv
    try:
        dis.main()
    except SystemExit as e:
        print("exit", e.code)
