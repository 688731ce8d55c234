# signal.signal and signal.set_wakeup_fd only in the main thread; a wakeup descriptor must be non-blocking
import os, signal, threading

r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(type(e).__name__, str(e).replace(str(w), 'W'))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w) == -1, signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(12345)
except OSError as e:
    print(type(e).__name__, e)


def elsewhere():
    for call in (lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN), lambda: signal.set_wakeup_fd(-1)):
        try:
            call()
            print('no error')
        except ValueError as e:
            print(type(e).__name__, e)


t = threading.Thread(target=elsewhere)
t.start()
t.join()
print(signal.getsignal(signal.SIGUSR1))
