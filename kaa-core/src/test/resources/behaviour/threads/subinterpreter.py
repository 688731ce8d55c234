# A subinterpreter (_testcapi.run_in_subinterp): its own modules and __main__, the process's descriptors; its
# non-daemon threads are joined when it ends; an uncaught exception there is printed and gives -1
import _testcapi
import os
import sys

r, w = os.pipe()
code = """
import os, sys, threading, time
secret = 42
def late():
    time.sleep(0.05)
    os.write(%d, b"thread done")
threading.Thread(target=late).start()
sys.set_int_max_str_digits(1000)
""" % w
limit = sys.get_int_max_str_digits()
print("result:", _testcapi.run_in_subinterp(code))
print(os.read(r, 100))
print("own __main__:", "secret" not in globals(), "own limit:", sys.get_int_max_str_digits() == limit)
sys.stdout.flush()
print("after an exception:", _testcapi.run_in_subinterp("import sys; sys.stderr = sys.stdout; 1/0"))
