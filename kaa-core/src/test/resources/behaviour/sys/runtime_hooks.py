# The rest of sys's interpreter services: unraisablehook (replaceable, used for exceptions nobody can catch),
# call_tracing, the stack trampoline (off), is_finalizing, the threads' frames and exceptions,
# getsizeof's collector header, settrace/setprofile kept per thread.
import atexit
import sys
import _thread
import threading
import time

print(sys.unraisablehook is sys.__unraisablehook__, sys.is_finalizing())
print(sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print("TypeError:", e)
print(sys.is_stack_trampoline_active(), sys.deactivate_stack_trampoline())

me = threading.get_ident()
print(sys._current_frames()[me].f_code.co_name, sys._current_exceptions()[me])
try:
    1 / 0
except ZeroDivisionError:
    print(repr(sys._current_exceptions()[me]))

caught = []
sys.unraisablehook = lambda u: caught.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object))
def failing():
    raise KeyError("lost")
_thread.start_new_thread(failing, ())
while not caught:
    time.sleep(0.01)
callback = lambda: 1 / 0
atexit.register(callback)
atexit._run_exitfuncs()
print(caught[0][:3], caught[0][3] is failing, caught[1][:3], caught[1][3] is callback)
sys.unraisablehook = sys.__unraisablehook__

class Slots:
    __slots__ = ("a", "b")
class Plain:
    pass
print(sys.getsizeof(object()), sys.getsizeof(Slots()), sys.getsizeof(Plain()), sys.getsizeof(1.5),
      sys.getsizeof([1, 2, 3]), sys.getsizeof(b"ab"))
class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)

def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer)
sys.setprofile(tracer)
print(sys.gettrace() is tracer, sys.getprofile() is tracer)
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
atexit.register(lambda: print("at exit:", sys.is_finalizing()))
