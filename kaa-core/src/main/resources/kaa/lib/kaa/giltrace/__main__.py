"""The command line: ``kaa -m kaa.giltrace TRACE.json [-o timeline.html|picture.svg] [--start MS] [--end MS]``."""

import argparse
import os
import sys

from . import draw, page, totals
from .trace import TraceError, load

PROG = "kaa -m kaa.giltrace"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Draw a GIL trace (written by kaa -X giltrace=FILE) as a timeline: one lane per thread, "
                    "running / waiting for the GIL / blocked in three colours, with a table of totals per thread.")
    parser.add_argument("trace", help="the trace file (Chrome trace-event JSON)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="where to write: FILE.svg for the picture alone, any other name for an HTML page with "
                             "the tables, - for standard output (default: the trace's name with .html, or nothing "
                             "with --summary)")
    parser.add_argument("--start", type=float, metavar="MS", help="the window's start, in ms (default: 0)")
    parser.add_argument("--end", type=float, metavar="MS", help="the window's end, in ms (default: the trace's end)")
    parser.add_argument("--during", metavar="THREAD",
                        help="the window is the named thread's life, from its first event to its last (--start and "
                             "--end then count from its start)")
    parser.add_argument("--width", type=int, default=1000, metavar="PX",
                        help="the plot's width in pixels (default: 1000)")
    parser.add_argument("--title", help="the picture's title (default: GIL timeline of the trace's file name)")
    parser.add_argument("--summary", action="store_true", help="print the totals per thread as text")
    args = parser.parse_args(argv)
    if args.width < 100:
        parser.error("argument --width: must be at least 100")
    if args.start is not None and args.end is not None and args.end <= args.start:
        parser.error("argument --end: must be after --start")
    try:
        trace = load(args.trace)
    except TraceError as e:
        print("%s: error: %s" % (PROG, e), file=sys.stderr)
        return 1
    origin, finish = 0.0, trace.end_us()
    if args.during is not None:
        lives = [t.life_us() for t in trace.threads if t.name == args.during and t.life_us()]
        if not lives:
            print("%s: error: %s: no thread named %r with events (threads: %s)"
                  % (PROG, args.trace, args.during, ", ".join(t.label for t in trace.threads)), file=sys.stderr)
            return 1
        origin, finish = min(life[0] for life in lives), max(life[1] for life in lives)
    start = origin if args.start is None else origin + args.start * 1000
    end = finish if args.end is None else origin + args.end * 1000
    if end <= start:
        print("%s: error: %s: nothing after %.3f ms (the trace ends at %.3f ms)"
              % (PROG, args.trace, start / 1000, trace.end_us() / 1000), file=sys.stderr)
        return 1
    title = args.title or "GIL timeline: %s%s" % (os.path.basename(args.trace), totals.describe_policy(trace, ", "))
    if args.summary:
        sys.stdout.write(totals.text(trace, start, end))
    output = args.output
    if output is None and not args.summary:
        output = os.path.splitext(args.trace)[0] + ".html"
    if output is None:
        return 0
    if output.endswith(".svg"):
        content = draw.svg(trace, start, end, args.width, title)
    else:
        content = page.html(trace, start, end, args.width, title)
    if output == "-":
        sys.stdout.write(content)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as f:
            f.write(content)
    except OSError as e:
        print("%s: error: cannot write %s: %s" % (PROG, output, e.strerror or e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
