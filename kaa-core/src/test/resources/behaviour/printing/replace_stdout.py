import sys


class Upper:
    def write(self, s):
        sys.__stdout__.write(s.upper())

    def flush(self):
        pass


old = sys.stdout
sys.stdout = Upper()
print("shouting", 42)
sys.stdout = old
print("quiet again")
sys.stdout = None
print("lost")
sys.stdout = old
print("back")
