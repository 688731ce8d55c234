# pdb driven by commands on stdin (pdb_session.in): break, continue, next, step, print, where, return, quit, and a
# variable changed from the prompt. Paths are shown relative so that the expected output does not depend on where
# the case runs.
import io
import os
import pdb
import sys

def square(n):
    result = n * n
    return result

def main():
    total = 0
    for i in range(3):
        total += square(i)
    print('total', total)
    return total

out = io.StringIO()
debugger = pdb.Pdb(stdin=sys.stdin, stdout=out)
debugger.use_rawinput = False
debugger.run('main()')
here = os.path.dirname(os.path.abspath(__file__))
lib = os.path.dirname(pdb.__file__)
print(out.getvalue().replace(here + os.sep, '').replace(lib + os.sep, 'LIB/'))
print('after pdb')
