"""What each thread did within a time window: the numbers of the summary table.

Spans are cut at the window's edges, so the table always describes exactly the picture above it. Acquisitions are the
running spans that start inside the window; drop requests count those the thread made (its wait ran out) and forced
switches those it gave in to (it held the GIL and was asked to let go).
"""

from .trace import STATES


class Totals:
    """One thread's sums within a window (times in microseconds)."""

    def __init__(self):
        self.time = dict.fromkeys(STATES, 0.0)
        self.acquisitions = 0
        self.drop_requests = 0
        self.forced_switches = 0
        self.blocked_in = {}  # what -> microseconds, e.g. "socket.recv" -> 1200.0

    def add(self, other):
        for state in STATES:
            self.time[state] += other.time[state]
        self.acquisitions += other.acquisitions
        self.drop_requests += other.drop_requests
        self.forced_switches += other.forced_switches
        for what, us in other.blocked_in.items():
            self.blocked_in[what] = self.blocked_in.get(what, 0.0) + us


def of_thread(thread, start, end):
    """The Totals of ``thread`` between ``start`` and ``end`` (microseconds)."""
    totals = Totals()
    for state, s, e, detail in thread.spans:
        overlap = min(e, end) - max(s, start)
        if overlap > 0:
            totals.time[state] += overlap
            if state == "blocked":
                what = detail if isinstance(detail, str) else "(unlabelled)"
                totals.blocked_in[what] = totals.blocked_in.get(what, 0.0) + overlap
        if state == "running" and start <= s < end:
            totals.acquisitions += 1
    for kind, ts in thread.marks:
        if start <= ts <= end:
            if kind == "drop_request":
                totals.drop_requests += 1
            else:
                totals.forced_switches += 1
    return totals


def table(trace, start, end):
    """The summary rows: ``(label, tid, Totals)`` per thread in lane order, then ``("all threads", "", sum)``."""
    rows = [(t.label, str(t.tid), of_thread(t, start, end)) for t in trace.threads]
    everything = Totals()
    for _, _, totals in rows:
        everything.add(totals)
    return rows + [("all threads", "", everything)]


HEADINGS = ("thread", "tid", "running ms", "%", "waiting ms", "%", "blocked ms", "%", "acquisitions",
            "drop requests", "forced switches")


def cells(totals, window):
    """The numeric cells of one row, formatted; the percentages are of the window's length (so the "all threads"
    row's may pass 100: two threads waiting throughout make 200%)."""
    out = []
    for state in STATES:
        us = totals.time[state]
        out.append("%.3f" % (us / 1000))
        out.append("%.1f" % (100 * us / window))
    return out + [str(totals.acquisitions), str(totals.drop_requests), str(totals.forced_switches)]


def text(trace, start, end):
    """The summary as a plain-text table (``--summary``), with the blocking sections by operation below it."""
    window = end - start
    lines = ["%s: %.3f to %.3f ms (%.3f ms)%s" % (trace.source, start / 1000, end / 1000, window / 1000,
                                                 describe_policy(trace, ", "))]
    if trace.events_not_recorded:
        lines.append(describe_completeness(trace))
    rows = table(trace, start, end)
    grid = [list(HEADINGS)] + [[label, tid] + cells(totals, window) for label, tid, totals in rows]
    widths = [max(len(row[i]) for row in grid) for i in range(len(HEADINGS))]
    for row in grid:
        first = row[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join([first] + rest).rstrip())
    sections = blocking_sections(rows[:-1])
    if sections:
        lines.append("")
        lines.append("blocked in:")
        for label, what, us in sections:
            lines.append("  %s: %s %.3f ms" % (label, what, us / 1000))
    return "\n".join(lines) + "\n"


def blocking_sections(rows):
    """``(thread label, what, microseconds)`` for every thread and blocking operation, longest first per thread."""
    out = []
    for label, _, totals in rows:
        for what, us in sorted(totals.blocked_in.items(), key=lambda item: (-item[1], item[0])):
            out.append((label, what, us))
    return out


def describe_completeness(trace):
    """A warning when the writer left events out, or ""."""
    if not trace.events_not_recorded:
        return ""
    return ("incomplete trace: %d events were not recorded (the writer's limit); the picture ends where recording "
            "stopped" % trace.events_not_recorded)


def describe_policy(trace, prefix):
    """``", policy cpython, switch interval 5 ms"`` from the trace's otherData, or "" when it says nothing."""
    parts = []
    if isinstance(trace.policy, str):
        parts.append("policy " + trace.policy)
    interval = trace.switch_interval_us
    if isinstance(interval, (int, float)) and not isinstance(interval, bool):
        parts.append("switch interval %s ms" % _short(interval / 1000))
    return prefix + ", ".join(parts) if parts else ""


def _short(number):
    text = "%.3f" % number
    return text.rstrip("0").rstrip(".")
