# Threads take turns on the GIL: a busy thread lets another run, which sets the flag the first waits for
import _thread

flag = []
done = _thread.allocate_lock()
done.acquire()

def spinner():
    spins = 0
    while not flag:
        spins += 1
    print("spinner saw the flag")
    done.release()

def setter():
    total = 0
    for i in range(10000):
        total += i
    flag.append(total)

_thread.start_new_thread(spinner, ())
_thread.start_new_thread(setter, ())
done.acquire()
print(flag)
