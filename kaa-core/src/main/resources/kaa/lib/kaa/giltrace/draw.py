"""The timeline picture as SVG: a lane per thread, time left to right, states in three colours, marks above and below.

A trace holds far more spans than a picture has pixels (an I/O thread under the ``priority`` policy makes thousands
of round trips a second), so each lane is drawn column by column, one column per pixel: the time of each state within
the column, exactly, sets the height of its band. A column the thread spent in one state is one colour top to bottom;
a busy column shows its mixture, and any state present gets at least a pixel, so a 20 µs run between two 5 ms waits
still shows. Neighbouring columns that look the same are one rectangle, which keeps the file small. To see single
spans, draw a shorter window (``--start``/``--end``).
"""

import math
from html import escape

from . import totals
from .trace import STATES

COLOURS = {"running": "#2ca02c", "waiting": "#ff7f0e", "blocked": "#1f77b4"}
SHORT = {"running": "run", "waiting": "wait", "blocked": "blocked"}  # under the thread's name: its shares
MEANINGS = {"running": "running (holds the GIL)", "waiting": "waiting for the GIL",
            "blocked": "blocked (I/O, sleep, lock wait)"}
MARK_COLOURS = {"drop_request": "#d62728", "forced_switch": "#222222"}
MARK_WORDS = {"drop_request": ("drop request", "drop requests"), "forced_switch": ("forced switch", "forced switches")}

LABEL_WIDTH = 180  # the thread names, left of the lanes
RIGHT_MARGIN = 24
HEADER = 58  # title and legend
MARK_HEIGHT = 7  # the strip above a bar (drop requests) and below it (forced switches)
BAR_HEIGHT = 18
LANE_GAP = 14
AXIS = 40
LANE_PITCH = MARK_HEIGHT + BAR_HEIGHT + MARK_HEIGHT + LANE_GAP


def svg(trace, start, end, width, title):
    """The picture of ``trace`` between ``start`` and ``end`` (microseconds), ``width`` pixels of plot."""
    plot = _Plot(start, end, width)
    height = HEADER + LANE_PITCH * len(trace.threads) + AXIS
    legend, legend_end = _legend()
    total = max(LABEL_WIDTH + width, legend_end) + RIGHT_MARGIN
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
           'font-family="sans-serif" font-size="12">' % (total, height, total, height),
           '<rect width="%d" height="%d" fill="#ffffff"/>' % (total, height),
           '<text x="8" y="18" font-size="14" font-weight="bold">%s</text>' % escape(title)]
    out += legend
    lanes_bottom = HEADER + LANE_PITCH * len(trace.threads)
    out += _axis(plot, HEADER - 4, lanes_bottom)
    for index, thread in enumerate(trace.threads):
        out += _lane(thread, plot, HEADER + LANE_PITCH * index)
    out.append("</svg>")
    return "\n".join(out) + "\n"


class _Plot:
    """Time to x: the window ``start``..``end`` (µs) over ``width`` columns."""

    def __init__(self, start, end, width):
        self.start, self.end, self.width = start, end, width
        self.column_us = (end - start) / width

    def x(self, column):
        return LABEL_WIDTH + column

    def column(self, us):
        return min(self.width - 1, int((us - self.start) / self.column_us))

    def ms(self, column):
        return (self.start + column * self.column_us) / 1000


def _legend():
    """The legend's elements, in one row, and where the row ends (text width estimated at 7 pixels a character)."""
    out = []
    x = 8
    entries = [('<rect x="%d" y="30" width="14" height="12" fill="%s"/>', state, MEANINGS[state]) for state in STATES]
    entries += [(None, "drop_request", "drop request (made)"), (None, "forced_switch", "forced switch (gave the GIL up)")]
    for swatch, kind, words in entries:
        if swatch:
            out.append(swatch % (x, COLOURS[kind]))
        else:
            out.append(_triangle(x + 7, 31, kind == "drop_request", MARK_COLOURS[kind]))
        out.append('<text x="%d" y="40">%s</text>' % (x + 19, escape(words)))
        x += 19 + 7 * len(words) + 18
    return out, x - 18


def _axis(plot, top, bottom):
    """Grid lines and labels in milliseconds at a round step, about one per 100 pixels (two at least)."""
    step = _round_step((plot.end - plot.start) / 1000 / max(2, plot.width // 100))
    decimals = max(0, -math.floor(math.log10(step)))
    out = ['<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888888"/>'
           % (plot.x(0), bottom, plot.x(plot.width), bottom)]
    first = math.ceil(plot.start / 1000 / step)
    k = first
    while k * step <= plot.end / 1000 + step * 1e-9:
        ms = k * step
        x = LABEL_WIDTH + (ms * 1000 - plot.start) / plot.column_us
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#dddddd"/>' % (x, top, x, bottom + 4))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%.*f</text>' % (x, bottom + 17, decimals, ms))
        k += 1
    out.append('<text x="%d" y="%d" text-anchor="end">ms</text>' % (plot.x(plot.width), bottom + 33))
    return out


def _round_step(raw):
    """The smallest 1, 2 or 5 times a power of ten that is at least ``raw``."""
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw * (1 - 1e-9):
            return factor * power
    return 10 * power


def _lane(thread, plot, top):
    bar_top = top + MARK_HEIGHT
    shares = totals.of_thread(thread, plot.start, plot.end).time
    window = plot.end - plot.start
    out = ['<g><title>%s (tid %s)</title>' % (escape(thread.label), escape(str(thread.tid))),
           '<text x="%d" y="%d" text-anchor="end">%s</text>'
           % (LABEL_WIDTH - 8, bar_top + 9, escape(_shorten(thread.label, 26))),
           '<text x="%d" y="%d" text-anchor="end" font-size="10" fill="#666666">%s</text>'
           % (LABEL_WIDTH - 8, bar_top + 22,
              " ".join("%s %.0f%%" % (SHORT[state], 100 * shares[state] / window) for state in STATES)), '</g>',
           '<rect x="%d" y="%d" width="%d" height="%d" fill="#f2f2f2"/>'
           % (plot.x(0), bar_top, plot.width, BAR_HEIGHT)]
    out += _bands(thread, plot, bar_top)
    out += _marks(thread, plot, "drop_request", top, True)
    out += _marks(thread, plot, "forced_switch", bar_top + BAR_HEIGHT, False)
    return out


def _bands(thread, plot, bar_top):
    occupancy = _occupancy(thread, plot)
    looks = [_heights(times, plot.column_us) for times in zip(*(occupancy[state] for state in STATES))]
    out = []
    column = 0
    while column < plot.width:
        last = column
        while last + 1 < plot.width and looks[last + 1] == looks[column]:
            last += 1
        if any(looks[column]):
            out.append(_band(thread, plot, occupancy, column, last, looks[column], bar_top))
        column = last + 1
    return out


def _occupancy(thread, plot):
    """Per state, the microseconds of each column the thread spent in it."""
    occupancy = {state: [0.0] * plot.width for state in STATES}
    for state, s, e, _ in thread.spans:
        s, e = max(s, plot.start), min(e, plot.end)
        if e <= s:
            continue
        row = occupancy[state]
        first, last = plot.column(s), plot.column(e)
        if first == last:
            row[first] += e - s
            continue
        row[first] += plot.start + (first + 1) * plot.column_us - s
        for column in range(first + 1, last):
            row[column] += plot.column_us
        row[last] += e - (plot.start + last * plot.column_us)
    return occupancy


def _heights(times, column_us):
    """The band heights of a column, top to bottom in STATES order: each state's share, a pixel at least."""
    heights = [0 if t <= 0 else max(1, round(min(1.0, t / column_us) * BAR_HEIGHT)) for t in times]
    excess = sum(heights) - BAR_HEIGHT
    if excess > 0:
        tallest = heights.index(max(heights))
        heights[tallest] -= excess
    return tuple(heights)


def _band(thread, plot, occupancy, first, last, heights, bar_top):
    span_us = (last + 1 - first) * plot.column_us
    shares = []
    for state in STATES:
        us = sum(occupancy[state][first:last + 1])
        if us > 0:
            shares.append("%s %.0f%%" % (state, min(100.0, 100 * us / span_us)))
    out = ['<g><title>%s, %.3f to %.3f ms: %s</title>'
           % (escape(thread.label), plot.ms(first), plot.ms(last + 1), ", ".join(shares))]
    y = bar_top
    for state, height in zip(STATES, heights):
        if height:
            out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>'
                       % (plot.x(first), y, last + 1 - first, height, COLOURS[state]))
            y += height
    out.append("</g>")
    return "".join(out)


def _marks(thread, plot, kind, y, pointing_down):
    """One triangle per column that holds marks of ``kind``, all under one tooltip with their count."""
    times = [ts for k, ts in thread.marks if k == kind and plot.start <= ts <= plot.end]
    if not times:
        return []
    columns = sorted(set(plot.column(ts) for ts in times))
    out = ['<g><title>%s: %d %s</title>' % (escape(thread.label), len(times), MARK_WORDS[kind][len(times) != 1])]
    out += [_triangle(plot.x(c) + 0.5, y, pointing_down, MARK_COLOURS[kind]) for c in columns]
    out.append("</g>")
    return ["".join(out)]


def _triangle(x, y, pointing_down, colour):
    """A small triangle in a mark strip whose top is ``y``, its point at ``x``."""
    tip, base = (y + MARK_HEIGHT - 1, y) if pointing_down else (y, y + MARK_HEIGHT - 1)
    return ('<polygon points="%.1f,%d %.1f,%d %.1f,%d" fill="%s"/>'
            % (x - 3.5, base, x + 3.5, base, x, tip, colour))


def _shorten(text, limit):
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"
