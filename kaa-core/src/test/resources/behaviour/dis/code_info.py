# dis.code_info, dis.show_code and Bytecode.info: a code object's names, counts, flags and constants
import dis


def plain(a, b, /, c, *, d):
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


print(dis.code_info(plain))
print(dis.code_info(variadic))
print(dis.code_info(gen))
print("\n".join(line for line in dis.code_info(outer).split("\n") if "code object" not in line))
print(dis.code_info(outer(1)))
dis.show_code(variadic)
print(dis.Bytecode(plain).info())
print(dis.code_info("a + 1"))
print(dis.pretty_flags(3), "|", dis.pretty_flags(0x100000 | 1), "|", dis.pretty_flags(0))
