# warnings.py on top of _warnings: catch_warnings records, filters decide compile()'s SyntaxWarning too
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 1", "<s>", "exec")
    print([(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
warnings.simplefilter("error")
try:
    compile("x is 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e)
warnings.simplefilter("ignore")
compile("x is 1", "<s>", "exec")
print("ignored")
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.warn("hello")
    warnings.warn("dep", DeprecationWarning)
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
