# sys.exit's argument becomes SystemExit's args (a tuple its items); sys.excepthook reports a value that is not an
# exception instead of raising; a SyntaxError's bytes filename shows as str() of it; sys.tracebacklimit keeps the
# innermost entries of the report of the uncaught exception that ends the program.
import io
import sys

for status in ((), (42,), ((42,),), ("exit",), ((17, 23),)):
    try:
        sys.exit(*status)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError")
sys.stderr = io.StringIO()
sys.excepthook(1, "1", 1)
try:
    raise SyntaxError("msg", (b"bytes_filename", 123, 0, "text"))
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(report.splitlines()[0], report.splitlines()[-4:])


def inner():
    1 / 0


def outer():
    inner()


sys.tracebacklimit = 1
outer()
