# _thread.interrupt_main: KeyboardInterrupt is raised in the main thread, not in the thread that asked
import _thread

done = _thread.allocate_lock()
done.acquire()
where = []

def interrupter():
    _thread.interrupt_main()
    total = 0
    for i in range(20000):  # safe points here leave the pending KeyboardInterrupt to the main thread
        total += i
    where.append("interrupter finished")
    done.release()

try:
    _thread.start_new_thread(interrupter, ())
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")
done.acquire()
print(where)
