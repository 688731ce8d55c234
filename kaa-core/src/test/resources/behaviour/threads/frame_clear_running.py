# frame.clear() of a frame running on another thread refuses, as CPython's: a traceback from another thread's
# exception holds that thread's running frames, and traceback.clear_frames (unittest's assertRaises calls it) must not
# take their locals away.
import threading, traceback

box = {}
raised = threading.Event()
cleared = threading.Event()


def worker():
    keep = "still here"
    try:
        raise ValueError("from the worker")
    except ValueError as e:
        box['e'] = e
    raised.set()
    cleared.wait(10)
    print("worker sees", keep)


t = threading.Thread(target=worker)
t.start()
raised.wait(10)
frame = box['e'].__traceback__.tb_frame
try:
    frame.clear()
    print("cleared")
except RuntimeError as err:
    print("RuntimeError:", err)
traceback.clear_frames(box['e'].__traceback__)
cleared.set()
t.join()
print(frame.f_locals.get("keep"))
