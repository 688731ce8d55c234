# exception objects: args/str/repr, OSError errno mapping and fields, SyntaxError fields, StopIteration.value, notes
e = Exception()
print(repr(e), str(e), e.args, repr(Exception(1, "two")), str(Exception(1, "two")), str(Exception("one")), str(Exception(None)))
e.args = [1, 2]
print(e.args, type(e.args).__name__, repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
for args in ((2, "No such file"), (13, "Denied"), (17, "Exists"), (2, "No such file", "f.txt"), (1, "x", "a", 0, "b"),
             (999, "odd"), ("text",), (), (11, "again"), (4, "intr"), (32, "pipe"), (110, "timed out"), (21, "isdir")):
    err = OSError(*args)
    print(type(err).__name__, err.errno, err.strerror, err.filename, err.filename2, repr(str(err)), err.args)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError, FileNotFoundError(2, "m").errno)
print(isinstance(OSError(2, "x"), FileNotFoundError), type(FileExistsError(2, "x")).__name__)
err = OSError(2, "msg")
err.filename = "later.txt"
print(str(err))
se = SyntaxError("bad thing", ("file.py", 3, 5, "x = (1 +\n", 3, 9))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se), se.args[0])
print(str(SyntaxError("only msg")), SyntaxError("m").lineno, str(SyntaxError("m", ("f", 1, 2, "t"))), IndentationError.__mro__[1].__name__)
try:
    compile("x = = 1", "<case>", "exec")
except SyntaxError as err2:
    print(type(err2).__name__, err2.msg, err2.filename, err2.lineno, err2.offset, repr(err2.text), err2.end_offset)
try:
    compile("def f():\nreturn 1", "<indent>", "exec")
except IndentationError as err3:
    print(type(err3).__name__, err3.msg, err3.lineno, err3.offset)
si = StopIteration()
print(si.value, StopIteration(5).value, StopIteration(1, 2).value, StopIteration(1, 2).args)
def gen():
    yield 1
    return "returned"
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyboardInterrupt.__mro__[1].__name__)
ne = ValueError("with notes")
ne.add_note("first")
ne.add_note("second")
print(ne.__notes__)
try:
    ne.add_note(5)
except TypeError as err4:
    print("TypeError:", err4)
print(AttributeError("m", name="attr", obj=5).name, AttributeError("m").obj, NameError("n", name="x").name)
ie = ImportError("cannot", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie), repr(ie))
class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return f"MyError[{self.args[0]}/{self.b}]"
m = MyError(1, 2)
print(str(m), repr(m), m.args, m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__)
ex = ValueError("v")
print(ex.with_traceback(None) is ex, BaseException.__new__(ValueError).args)
