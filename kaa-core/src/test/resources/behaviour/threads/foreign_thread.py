# A thread the interpreter did not start calls Python (_testcapi's temporary "C thread"): threading sees a dummy
# thread, its _local values are its own and go with it, what it raises is printed
import _testcapi
import sys
import threading

local = threading.local()
local.x = "main"
seen = []

def callback():
    local.x = "foreign"
    seen.append((type(threading.current_thread()).__name__, local.x, threading.get_ident() != main_ident))

main_ident = threading.get_ident()
_testcapi.call_in_temporary_c_thread(callback)
print(seen, local.x)

def fails():
    raise ValueError("raised in the foreign thread")

sys.excepthook = lambda t, v, tb: print("excepthook:", t.__name__, v)
_testcapi.call_in_temporary_c_thread(fails, False)
_testcapi.join_temporary_c_thread()
print("joined")
