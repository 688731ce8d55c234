"""signal: installing handlers, delivering signals to ourselves, SIG_IGN, default_int_handler, KeyboardInterrupt."""
import os
import signal

received = []
def handler(signum, frame):
    received.append(signal.Signals(signum).name)

old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(received)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored SIGUSR2", signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIGINT.value, signal.Signals.SIGTERM)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
print(signal.strsignal(signal.SIGTERM), signal.SIGKILL in signal.valid_signals())
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError:", e)
try:
    signal.signal(1000, handler)
except ValueError as e:
    print("ValueError:", e)
