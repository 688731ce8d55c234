import _helper_mod
from _helper_mod import greet, VALUE
import _helper_mod as hm
print(greet("kaa"), VALUE, hm is _helper_mod, _helper_mod.__name__)
import sys
print("_helper_mod" in sys.modules)
