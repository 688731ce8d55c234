# faulthandler's dumps, read back from a file: CPython's layout (thread ids and paths made stable to compare).
import faulthandler, gc, os, re, signal, sys, tempfile, threading, time

def read_back(path):
    with open(path) as f:
        text = f.read()
    text = re.sub(r"0x[0-9a-f]{16}", "0xID", text)
    text = re.sub(r'File "[^"]*/(\w+\.py)"', r'File "\1"', text)
    return text

def dumped(action):
    fd, path = tempfile.mkstemp()
    try:
        with open(fd, "w") as f:
            action(f)
        print(read_back(path), end="")
    finally:
        os.remove(path)
    print("--")

def inner(f):
    faulthandler.dump_traceback(f, all_threads=False)

dumped(inner)
dumped(lambda f: faulthandler.dump_traceback(f.fileno(), False))

def with_worker(f):
    held = threading.Lock()
    held.acquire()
    def worker():
        held.acquire()
    t = threading.Thread(target=worker)
    t.start()
    deadline = time.monotonic() + 60  # until the worker waits on the lock (its frame is then at a known line)
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(t.ident)
        if frame is not None and frame.f_code.co_name == "worker":
            break
        time.sleep(0.01)
    faulthandler.dump_traceback(f)
    held.release()
    t.join()

dumped(with_worker)

def deep(f, n):
    if n:
        return deep(f, n - 1)
    faulthandler.dump_traceback(f, all_threads=False)

dumped(lambda f: deep(f, 120))
exec("def caf\xe9_\u0394_" + "x" * 600 + "(f): faulthandler.dump_traceback(f, all_threads=False)\n"
     "dumped(caf\xe9_\u0394_" + "x" * 600 + ")")

def later(f):
    gc.collect()  # Kaa runs weakref callbacks at safe points: the ended worker's first, not inside the dump
    faulthandler.dump_traceback_later(0.05, file=f)
    deadline = time.monotonic() + 60
    # one line, so that the stack shows the same line wherever the loop is when the watchdog reads it
    while os.fstat(f.fileno()).st_size == 0 and time.monotonic() < deadline: time.sleep(0.01)
    faulthandler.cancel_dump_traceback_later()

dumped(later)

def on_signal(f):
    handled = []
    previous = signal.signal(signal.SIGUSR1, lambda signum, frame: handled.append(signum))
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False, chain=True)
    os.kill(os.getpid(), signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1), handled)
    signal.signal(signal.SIGUSR1, previous)

dumped(on_signal)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())

class NoFileno:
    def fileno(self):
        return "2"

for call in [lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.dump_traceback(NoFileno()),
             lambda: faulthandler.dump_traceback(2 ** 40), lambda: faulthandler.dump_traceback("x"),
             lambda: faulthandler.dump_traceback(1, 2, 3), lambda: faulthandler.dump_traceback(files=1),
             lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.dump_traceback_later(float("nan")),
             lambda: faulthandler.dump_traceback_later(1e300), lambda: faulthandler.dump_traceback_later("1"),
             lambda: faulthandler.dump_traceback_later(), lambda: faulthandler.register(signal.SIGSEGV),
             lambda: faulthandler.register(signal.SIGKILL), lambda: faulthandler.register(0),
             lambda: faulthandler.register(65), lambda: faulthandler.unregister(100)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
