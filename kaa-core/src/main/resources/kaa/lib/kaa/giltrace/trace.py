"""Reading a GIL trace (docs/gil-trace-format.md): Chrome trace-event JSON -> threads, their spans and their marks.

Events that are not the GIL's (a Chrome trace may hold others) are skipped; events that are the GIL's but malformed
make the whole file an error, since a picture drawn from half-understood data would mislead.
"""

import json
import math

# The three things a thread can be doing, in the order the picture stacks them and the tables list them.
STATES = ("running", "waiting", "blocked")
# The instant events: a waiter asking the holder to drop the GIL, and the holder giving it up on that request.
MARKS = ("drop_request", "forced_switch")


class TraceError(Exception):
    """The file is not a GIL trace; the message says why."""


class Thread:
    """One lane: a Python thread's spans ``(state, start_us, end_us, detail)`` and marks ``(kind, ts_us)``."""

    def __init__(self, tid):
        self.tid = tid
        self.name = None
        self.spans = []
        self.marks = []

    @property
    def label(self):
        return self.name if self.name is not None else "thread %s" % self.tid

    def first_us(self):
        times = [s[1] for s in self.spans] + [m[1] for m in self.marks]
        return min(times) if times else math.inf

    def life_us(self):
        """``(first, last)``: from the thread's first event to the end of its last; None when it has none."""
        if not self.spans and not self.marks:
            return None
        return self.first_us(), max([s[2] for s in self.spans] + [m[1] for m in self.marks])


class Trace:
    """A whole trace: threads in lane order (the order they first did something) and what ``otherData`` says."""

    def __init__(self, source, threads, other):
        self.source = source
        self.threads = threads
        self.policy = other.get("policy")
        self.switch_interval_us = other.get("switch_interval_us")
        self.argv = other.get("argv")
        missing = other.get("events_not_recorded")
        # the writer keeps a bounded number of events: a long run's trace is its beginning
        self.events_not_recorded = missing if isinstance(missing, int) and not isinstance(missing, bool) else 0

    def end_us(self):
        """When the last span ends or the last mark happens (0 for a trace of thread names only)."""
        ends = [s[2] for t in self.threads for s in t.spans] + [m[1] for t in self.threads for m in t.marks]
        return max(ends, default=0.0)


def load(path):
    """The trace in the file ``path``; TraceError when it cannot be read or is not a GIL trace."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise TraceError("cannot read %s: %s" % (path, e.strerror or e)) from None
    except UnicodeDecodeError:
        raise TraceError("%s: not a trace: not UTF-8 text" % path) from None
    except ValueError as e:
        raise TraceError("%s: not a trace: not JSON (%s)" % (path, e)) from None
    return parse(data, path)


def parse(data, source):
    """The trace in already-decoded JSON ``data`` (the object format, or the bare event array Chrome also reads)."""
    if isinstance(data, list):
        events, other = data, {}
    elif isinstance(data, dict) and isinstance(data.get("traceEvents"), list):
        events, other = data["traceEvents"], data.get("otherData")
        if not isinstance(other, dict):
            other = {}
    else:
        raise TraceError("%s: not a trace: expected a JSON object with a \"traceEvents\" list" % source)
    threads = {}
    for index, event in enumerate(events):
        _add(event, index, threads, source)
    if not threads:
        raise TraceError("%s: not a GIL trace: none of its %d events is a thread name, span or mark"
                         % (source, len(events)))
    for t in threads.values():
        t.spans.sort(key=lambda s: s[1])
        t.marks.sort(key=lambda m: m[1])
    lanes = sorted(threads.values(), key=lambda t: (t.first_us(), str(t.tid)))
    return Trace(source, lanes, other)


def _add(event, index, threads, source):
    if not isinstance(event, dict):
        raise TraceError("%s: event %d: not a JSON object" % (source, index))
    name, phase = event.get("name"), event.get("ph")
    ours = ((phase == "M" and name == "thread_name") or (phase == "X" and name in STATES)
            or (phase in ("i", "I") and name in MARKS))
    if not ours:
        return
    def fail(problem):
        raise TraceError("%s: event %d (%s): %s" % (source, index, name, problem))
    tid = event.get("tid")
    if isinstance(tid, bool) or not isinstance(tid, (int, str)):
        fail("no \"tid\"")
    thread = threads.get(tid)
    if thread is None:
        thread = threads[tid] = Thread(tid)
    args = event.get("args")
    if not isinstance(args, dict):
        args = {}
    if phase == "M":
        if not isinstance(args.get("name"), str):
            fail("no \"args.name\"")
        thread.name = args["name"]
        return
    ts = _number(event, "ts", fail)
    if phase == "X":
        dur = _number(event, "dur", fail)
        if dur < 0:
            fail("negative \"dur\"")
        detail = args.get("what") if name == "blocked" else args.get("dropped")
        thread.spans.append((name, ts, ts + dur, detail))
    else:
        thread.marks.append((name, ts))


def _number(event, key, fail):
    value = event.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        fail("no number \"%s\"" % key)
    return float(value)
