import sys
n = sys.stdout.write("abc\n")
print(n)
print(sys.stdout.write("é\n"))
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(sys.stdout.encoding, sys.stderr.encoding)
print(sys.stdout.isatty() in (True, False))
