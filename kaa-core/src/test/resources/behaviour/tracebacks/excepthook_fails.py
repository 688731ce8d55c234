# sys.excepthook raising: CPython prints the hook's error and then the original exception, each with its traceback
import sys
def hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = hook
raise ValueError("original")
