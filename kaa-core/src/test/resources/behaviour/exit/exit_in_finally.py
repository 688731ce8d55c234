import sys
try:
    sys.exit(7)
finally:
    print("finally runs")
