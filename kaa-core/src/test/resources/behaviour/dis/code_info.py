# dis.code_info, dis.show_code and Bytecode.info: a code object's names, counts, flags and constants
import dis
import sys

# the case's directory, left out of the output: the expected file must not depend on where the checkout is
here = __file__[:__file__.rfind("/") + 1]


def show(text):
    print(text.replace(here, ""))


class Relative:
    def write(self, text):
        sys.stdout.write(text.replace(here, ""))

# The functions are compiled under a fixed file name: code_info shows it, and the script's own path depends on where
# the repository is checked out.
exec(compile('''def plain(a, b, /, c, *, d):
    e = a
    return e


def variadic(*args, **kwargs):
    return args


def gen():
    yield 1


def outer(x):
    def inner():
        return x
    return inner
''', "code_info.py", "exec"))

show(dis.code_info(plain))
show(dis.code_info(variadic))
show(dis.code_info(gen))
show("\n".join(line for line in dis.code_info(outer).split("\n") if "code object" not in line))
show(dis.code_info(outer(1)))
dis.show_code(variadic, file=Relative())
show(dis.Bytecode(plain).info())
show(dis.code_info("a + 1"))
print(dis.pretty_flags(3), "|", dis.pretty_flags(0x100000 | 1), "|", dis.pretty_flags(0))
