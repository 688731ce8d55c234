# threading.get_native_id() is the kernel's thread id, as CPython's: the name of the thread's entry under
# /proc/self/task, different for each live thread (not the same number as get_ident()).
import os
import threading

def task_exists(tid):
    return os.path.isdir("/proc/self/task/%d" % tid)

main_id = threading.get_native_id()
print("main thread has a task entry:", task_exists(main_id))
print("main_thread().native_id agrees:", threading.main_thread().native_id == main_id)

seen = {}
ready = threading.Event()
release = threading.Event()

def worker():
    seen["id"] = threading.get_native_id()
    seen["exists"] = task_exists(seen["id"])
    ready.set()
    release.wait()

t = threading.Thread(target=worker)
t.start()
ready.wait()
print("worker has a task entry:", seen["exists"])
print("worker's id differs from main's:", seen["id"] != main_id)
print("Thread.native_id is it:", t.native_id == seen["id"])
release.set()
t.join()
print("an int:", type(main_id).__name__)
