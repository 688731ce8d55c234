# setitimer(ITIMER_VIRTUAL) and setitimer(ITIMER_PROF): signals after CPU time used, with intervals; bad timers
import signal, time
calls = []
def handler(signum, frame):
    calls.append(signum)
    if len(calls) == 3:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
signal.signal(signal.SIGVTALRM, handler)
print(signal.setitimer(signal.ITIMER_VIRTUAL, 0.3, 0.2))
left, interval = signal.getitimer(signal.ITIMER_VIRTUAL)
# counting down from 0.3 (CPython rounds up to the kernel's tick); the process's other threads (a JVM's compilers,
# a test run's other work) use its CPU time too, so how far it has come is not fixed
print(0 < left <= 0.31, interval)
end = time.monotonic() + 30
while signal.getitimer(signal.ITIMER_VIRTUAL) != (0.0, 0.0) and time.monotonic() < end:
    _ = pow(12345, 67890, 10000019)
print(calls == [signal.SIGVTALRM] * 3, signal.getitimer(signal.ITIMER_VIRTUAL))

prof = []
signal.signal(signal.SIGPROF, lambda s, f: prof.append(s))
signal.setitimer(signal.ITIMER_PROF, 0.2)
end = time.monotonic() + 30
while not prof and time.monotonic() < end:
    _ = pow(12345, 67890, 10000019)
print(prof == [signal.SIGPROF], signal.getitimer(signal.ITIMER_PROF))
signal.setitimer(signal.ITIMER_VIRTUAL, 5, 0.5)
left, interval = signal.setitimer(signal.ITIMER_VIRTUAL, 0)  # what was left of the one it replaces
print(4 < left <= 5.01, interval, signal.getitimer(signal.ITIMER_VIRTUAL))
for bad in (signal.setitimer, signal.getitimer):
    try:
        bad(5, 1) if bad is signal.setitimer else bad(5)
    except signal.ItimerError as e:
        print(type(e).__name__, e.args)
