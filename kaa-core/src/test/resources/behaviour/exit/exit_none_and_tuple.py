import sys
try:
    sys.exit(None)
except SystemExit as e:
    print(repr(e.code))
sys.exit((1, 2))
