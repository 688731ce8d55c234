# compile(), eval() and exec() take any buffer as source (a memoryview slice is not NUL-terminated), and compile()'s
# filename may be bytes or an os.PathLike, as os.fspath gives it.
import pathlib


class Path:
    def __fspath__(self):
        return "from_fspath.py"


print(compile("1", b"bytes_name.py", "eval").co_filename)
print(compile("1", Path(), "eval").co_filename)
print(compile("1", pathlib.PurePosixPath("/x/y.py"), "eval").co_filename)
print(eval(compile(memoryview(b"1234")[1:-1], "<m>", "eval")))
print(eval(memoryview(b"$23$")[1:-1]))
ns = {}
exec(memoryview(b"ax = 123")[1:-1], ns)
print(ns["x"])
import array
print(eval(array.array("b", b"40+2")))
for bad in (None, 1):
    try:
        compile("1", bad, "eval")
    except TypeError as e:
        print("TypeError", e)
try:
    compile(memoryview(b"123\0"), "<m>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
