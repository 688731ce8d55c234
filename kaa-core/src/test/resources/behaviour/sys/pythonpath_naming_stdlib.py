# PYTHONPATH naming the standard library's own directory (as CPython's test driver sets it) changes nothing about
# which module an import finds: the interpreter's own versions of stdlib modules still come first.
import os
import subprocess
import sys

code = "import dis, os, sys; print(dis.__file__); print(sys.path.index(os.path.dirname(os.__file__)) > 0)"
stdlib = os.path.dirname(os.__file__)
plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
env = dict(os.environ, PYTHONPATH=stdlib)
named = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
print(plain.stdout.splitlines()[0] == named.stdout.splitlines()[0], named.stdout.splitlines()[1], named.stderr)
