"""warnings (filters, catch_warnings, custom categories, stacklevel) and atexit handlers run at exit in reverse order."""
import atexit
import sys
import warnings

sys.stderr = sys.stdout  # show warnings in the output

class KaaWarning(UserWarning):
    pass

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("a plain warning")
warnings.warn("custom", KaaWarning)
warnings.warn("custom", KaaWarning)
old_api()
warnings.simplefilter("always")
old_api()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    old_api()
print([(w.category.__name__, str(w.message), w.lineno > 0) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", KaaWarning)
    try:
        warnings.warn("now an error", KaaWarning)
    except KaaWarning as e:
        print("raised:", e)
warnings.filterwarnings("ignore", message="ignored.*")
warnings.warn("ignored message")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")

@atexit.register
def first():
    print("registered first, runs last")

def second(name):
    print("goodbye", name)

atexit.register(second, "world")
atexit.register(print, "unregistered")
atexit.unregister(print)
print("end of program")
