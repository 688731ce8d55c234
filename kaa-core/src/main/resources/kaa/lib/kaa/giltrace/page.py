"""The HTML page: the picture inline, then the totals per thread and the blocking sections by operation.

Self-contained (CSS inline, no scripts, no fetches), so the file can be mailed, attached or committed and still opens.
"""

from html import escape

from . import draw, totals
from .trace import STATES

STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; margin-top: 1.5em; }
p.about { color: #555; margin-top: 0; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.all td { font-weight: bold; background: #f5f5f5; }
th span { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
.figure { overflow-x: auto; }
"""


def html(trace, start, end, width, title):
    """The whole page for ``trace`` between ``start`` and ``end`` (microseconds)."""
    window = end - start
    about = "%s: %.3f to %.3f ms (%.3f ms)%s." % (trace.source, start / 1000, end / 1000, window / 1000,
                                                totals.describe_policy(trace, "; "))
    if trace.policy == "off":
        about += " No GIL under this policy: only blocking sections are recorded."
    if trace.events_not_recorded:
        about += " This is an " + totals.describe_completeness(trace) + "."
    if isinstance(trace.argv, list):
        about += " Command: " + " ".join(str(a) for a in trace.argv)
    rows = totals.table(trace, start, end)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % escape(title), "<style>%s</style>" % STYLE, "</head>", "<body>",
           "<h1>%s</h1>" % escape(title), '<p class="about">%s</p>' % escape(about),
           '<div class="figure">', draw.svg(trace, start, end, width, title).rstrip("\n"), "</div>",
           "<h2>Per thread</h2>", "<p>Percentages are of the window; acquisitions are the times the thread took the "
           "GIL; drop requests, those it made when its wait ran out; forced switches, those it gave in to.</p>"]
    out += _summary_table(rows, window)
    sections = totals.blocking_sections(rows[:-1])
    if sections:
        out += ["<h2>Blocked in</h2>", "<table>", "<tr><th>thread</th><th>operation</th><th>ms</th></tr>"]
        out += ['<tr><td>%s</td><td>%s</td><td class="n">%.3f</td></tr>' % (escape(label), escape(what), us / 1000)
                for label, what, us in sections]
        out.append("</table>")
    out += ["<p>A closer look: <code>kaa -m kaa.giltrace TRACE --start MS --end MS -o FILE.html</code>. Hover over "
            "the picture for the exact times.</p>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _summary_table(rows, window):
    head = []
    for heading in totals.HEADINGS:
        state = heading.split(" ")[0]
        swatch = '<span style="background:%s"></span>' % draw.COLOURS[state] if state in STATES else ""
        head.append("<th>%s%s</th>" % (swatch, escape(heading)))
    out = ["<table>", "<tr>%s</tr>" % "".join(head)]
    for label, tid, sums in rows:
        numbers = "".join('<td class="n">%s</td>' % cell for cell in totals.cells(sums, window))
        css = ' class="all"' if label == "all threads" and not tid else ""
        out.append("<tr%s><td>%s</td><td>%s</td>%s</tr>" % (css, escape(label), escape(tid), numbers))
    out.append("</table>")
    return out
