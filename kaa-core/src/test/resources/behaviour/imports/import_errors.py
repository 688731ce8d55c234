try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _helper_mod.sub
except ModuleNotFoundError as e:
    print(e)
import sys, builtins
print(sys is __import__("sys"), builtins.__name__)
