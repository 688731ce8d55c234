# sys.excepthook set to None: calling it fails, and both exceptions are printed
import sys
sys.excepthook = None
raise ValueError("no hook")
