# A weakref callback the collector makes due runs at the next safe point; a trace function set meanwhile does not see
# it (CPython ran it at `del`, before the trace function was set, so its trace holds no such call either).
import sys, time, weakref

class Thing:
    pass

fired = []
events = []

def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    return None

def callback(ref):
    fired.append(ref)

thing = Thing()
ref = weakref.ref(thing, callback)
del thing

def spin():
    # allocates until the collector has found the object dead (at once in CPython)
    deadline = time.monotonic() + 30
    junk = None
    while not fired and time.monotonic() < deadline:
        junk = [object() for _ in range(1000)]
    return bool(fired)

sys.settrace(tracer)
ran = spin()
sys.settrace(None)
print("callback ran:", ran)
print("traced calls:", sorted({name for event, name in events if event == "call"}))
