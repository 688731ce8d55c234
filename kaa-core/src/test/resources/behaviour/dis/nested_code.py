# Nested code objects are disassembled after their parent ("Disassembly of <code object ...>:"), to the depth asked
import dis


class Capture:
    """A file for dis's output, with code objects' addresses masked (they differ from run to run)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        out = []
        for line in "".join(self.parts).split("\n"):
            while " at 0x" in line:
                start = line.index(" at 0x")
                line = line[:start] + " at ADDRESS" + line[line.index(",", start):]
            out.append(line)
        return "\n".join(out)


def show(x, **kwargs):
    out = Capture()
    dis.dis(x, file=out, **kwargs)
    print(out.text())


source = '''
def outer(a):
    def inner(b):
        return b
    return inner
'''
show(source)
print("depth=1")
show(source, depth=1)
print("depth=0")
show(source, depth=0)
print("expression")
show("a")
