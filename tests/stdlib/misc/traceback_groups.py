"""traceback module output to stdout: chained exceptions, notes, exception groups, format_exc, walk_tb."""
import sys
import traceback

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

try:
    parse("x1")
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        {}["key"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    e.add_note("while computing a ratio")
    print(traceback.format_exc())
def many():
    errors = []
    for v in ["1", "a", "b"]:
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("conversion failed", errors)
try:
    many()
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    print([str(e) for e in eg.exceptions], eg.split(ValueError)[0].message)
try:
    many()
except* ValueError as group:
    print("handled", len(group.exceptions), "ValueErrors")
tb = None
try:
    parse("?")
except RuntimeError as e:
    tb = e.__cause__.__traceback__
print([(f.f_code.co_name, type(lineno).__name__) for f, lineno in traceback.walk_tb(tb)])
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 5, "x = = 1\n", 1, 6))))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line)
